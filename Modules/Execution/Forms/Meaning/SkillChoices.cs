using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// A several-choice list of tools asking which the applicant has used ("Tick each tool you have hands-on experience
/// with" over "F#/.NET", "Node.js", "PostgreSQL/MySQL", "AWS (EC2, S3)"). An option is ticked when one of its
/// names is one of the applicant's skills, written either way ("Postgres" is "PostgreSQL", "K8s" is "Kubernetes"); a
/// grouped option needs only one of its names. Nothing the applicant does not list is ticked; an exclusive "None of
/// the above" only when nothing else is. A list that names none of the skills and offers no such option stays open.
/// </summary>
internal static partial class SkillChoices
{
    // Names written several ways, each group one tool.
    private static readonly string[][] Aliases =
    [
        ["kubernetes", "k8s"], ["postgresql", "postgres", "psql"], ["javascript", "js", "ecmascript"], ["typescript", "ts"],
        ["golang", "go"], ["csharp", "c-sharp"], ["dotnet", "dotnet core", "dotnet framework"],
        ["aws", "amazon web services"], ["gcp", "google cloud", "google cloud platform"], ["azure", "microsoft azure"],
        ["sql server", "mssql", "ms sql", "microsoft sql server"], ["node", "nodejs"], ["react", "reactjs"], ["vue", "vuejs"],
        ["terraform", "hashicorp terraform"], ["python", "python3"], ["docker", "docker containers"],
    ];

    /// <summary>True when the field is a several-choice list asking which of the listed tools the applicant has used.</summary>
    public static bool Claims(FormField field)
    {
        var several = field.Kind is "checkboxgroup" or "multiselect" || (field.Kind == "toggle" && field.Multiple);
        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o) && !IsNone(o.Text)).ToList();
        var topic = Topics.Of(field.Label);
        return several && real.Count >= 2 && (topic is null or "skills" or "years_experience") && Used().IsMatch(TextNorm.Normalize(field.Label))
            && real.Count(o => Named().IsMatch(o.Text)) * 3 >= real.Count * 2;
    }

    /// <summary>
    /// The options naming the applicant's skills by <see cref="Is"/>, the "none" option when none does, or null when the
    /// data does not settle it. A grouped option is ticked for one of its names: "PostgreSQL/MySQL" for "PostgreSQL", and
    /// an area joining two ("Sales and Marketing") for a marketer, since ticking several areas claims no single one; a
    /// single choice never takes a joined option for one of its parts (<see cref="OptionMatcher.Best"/>).
    /// </summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        var held = ListedItems.Of("skills", input).SelectMany(Names).Distinct().ToList();
        if (held.Count == 0)
        {
            return null;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var ticked = real.Where(o => !IsNone(o.Text) && Names(o.Text).Any(n => held.Any(h => Is(n, h)))).ToList();
        if (ticked.Count == 0 && real.FirstOrDefault(o => IsNone(o.Text)) is { } none)
        {
            ticked = [none];
        }

        return ticked.Count == 0 ? null : new FieldAnswer(string.Join(", ", ticked.Select(o => o.Text)), "userData.skills", ticked, field.Label);
    }

    /// <summary>One tool written two ways: the same name (<see cref="OptionMatcher.SameName"/>), or two names of one alias group.</summary>
    public static bool Same(string x, string y) =>
        OptionMatcher.SameName(x, y) || Aliases.Any(group => group.Any(n => OptionMatcher.SameName(n, x)) && group.Any(n => OptionMatcher.SameName(n, y)));

    /// <summary>The names a text holds, normalised: the whole text and each part between separators ("PostgreSQL/MySQL", "AWS (EC2, S3)").</summary>
    public static IEnumerable<string> Names(string text) =>
        Separator().Split(text).Prepend(text).Select(TextNorm.Normalize).Where(p => p.Length > 0).Distinct();

    /// <summary>
    /// The one rule by which a name an option shows is a skill of the applicant's (both normalised): the same tool, under
    /// another of its names ("K8s" for "Kubernetes"), or, for a bare skill only, with an edition added (".NET Core" or
    /// ".NET 8" for ".NET", "Postgres 16" for "PostgreSQL", "Python 3.x" for "Python"). A skill carrying a number or
    /// edition of its own takes only that very name, since the number may be its name ("ISO 27001" is not "ISO 9001",
    /// "OSHA 10" not "OSHA 30", "Python 3" not "Python 2.7"); a neighbour is never it ("React Native" for "React").
    /// </summary>
    public static bool Is(string name, string skill)
    {
        var (tool, edition) = Split(name);
        var (bare, own) = Split(skill);
        if (tool.Length == 0 || bare.Length == 0)
        {
            return false;
        }

        // Alias groups hold editions ("python3"), so two numbered names are one only with the same number in the same place.
        if (own.Length > 0 || skill.Any(char.IsDigit))
        {
            return name == skill || (edition == own && Digits(tool) == Digits(bare) && Same(tool, bare));
        }

        return Same(name, skill) || Same(tool, skill);
    }

    private static (string Tool, string Edition) Split(string name) =>
        Edition().Match(name) is { Success: true } m ? (name[..m.Index].Trim(), m.Value.Trim()) : (name.Trim(), "");

    private static string Digits(string name) => new([.. name.Where(char.IsDigit)]);

    /// <summary>
    /// True when <paramref name="option"/> is the tool <paramref name="skill"/> by <see cref="Is"/> and names nothing
    /// else beside it ("Sales and Marketing" is not "Marketing", "React + Redux" not "React"): what a single pick or a
    /// chip must show.
    /// </summary>
    public static bool Edited(string option, string skill)
    {
        var names = Separator().Split(option).Select(TextNorm.Normalize).Where(p => p.Length > 0).ToList();
        return names.Count == 1 && Is(names[0], TextNorm.Normalize(skill));
    }

    private static bool IsNone(string text) => None().IsMatch(TextNorm.Normalize(text));

    [GeneratedRegex(@"\s*(?:/|,|;|&|\+(?=\s)|\(|\)|\s[-\u2013\u2014]\s|\bor\b|\band\b)\s*")]
    private static partial Regex Separator();

    // "dotnet 8", "react 18", "python 3 x", "dotnet core", "dotnet framework": the tool without its edition.
    [GeneratedRegex(@"(\s+(v?\d+(\s\d+)*|x|core|framework))+$")]
    private static partial Regex Edition();

    // "None of the above", "None of these", "I haven't used any of these", "Not applicable", "N/A".
    [GeneratedRegex(@"^(none( of (the above|these|them|those))?|not applicable|n a|na|i (have not|havent) used any( of (these|them|the above))?|no experience( with any( of these)?)?|neither)$")]
    private static partial Regex None();

    // The question asks what the applicant has used, worked with or knows.
    [GeneratedRegex(@"\b(used|use|using|worked|work with|experience\w*|familiar\w*|proficien\w*|hands-on|comfortable|know|skills?|tools?|technolog\w*|stack|languages?|frameworks?|platforms?)\b")]
    private static partial Regex Used();

    // A tool's name: capitals or a sign somewhere ("F#/.NET", "PostgreSQL", "Node.js", "AWS (EC2, S3)", "Esri ArcGIS").
    [GeneratedRegex(@"^(?=.*(\p{Lu}|[#+.]\w|\d))[^\s]+(\s+[^\s]+){0,5}$")]
    private static partial Regex Named();
}
