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

    /// <summary>The options naming the applicant's skills, the "none" option when none does, or null when the data does not settle it.</summary>
    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        var held = input.List("skills").Concat(AnswerFinder.OnTopicAnswer("skills", input) is { } qa ? OptionMatcher.SplitList(qa.Value) : [])
            .SelectMany(Parts).Distinct().ToList();
        if (held.Count == 0)
        {
            return null;
        }

        var real = field.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).ToList();
        var ticked = real.Where(o => !IsNone(o.Text) && Parts(o.Text).Any(p => held.Any(h => Same(p, h)))).ToList();
        if (ticked.Count == 0 && real.FirstOrDefault(o => IsNone(o.Text)) is { } none)
        {
            ticked = [none];
        }

        return ticked.Count == 0 ? null : new FieldAnswer(string.Join(", ", ticked.Select(o => o.Text)), "userData.skills", ticked, field.Label);
    }

    /// <summary>One tool written two ways: the same name (<see cref="OptionMatcher.SameName"/>), or two names of one alias group.</summary>
    public static bool Same(string x, string y) =>
        OptionMatcher.SameName(x, y) || Aliases.Any(group => group.Any(n => OptionMatcher.SameName(n, x)) && group.Any(n => OptionMatcher.SameName(n, y)));

    /// <summary>
    /// The names an option or skill holds, normalised: the whole text, each part between separators ("PostgreSQL/MySQL",
    /// "AWS (EC2, S3)"), and each part without a version or edition (".NET 8", "React 18", ".NET Core").
    /// </summary>
    public static IEnumerable<string> Parts(string text)
    {
        var parts = Separator().Split(text).Prepend(text).Select(TextNorm.Normalize).Where(p => p.Length > 0).ToList();
        return parts.Concat(parts.Select(p => Edition().Replace(p, "").Trim()).Where(p => p.Length > 0)).Distinct();
    }

    /// <summary>
    /// True when <paramref name="option"/> is the bare tool <paramref name="skill"/> with an edition added or under
    /// another of its names (".NET Core" or ".NET 8" for ".NET", "Postgres 16" for "PostgreSQL", "K8s" for
    /// "Kubernetes"). Never when the skill carries a number or edition of its own, which may be its very name ("ISO
    /// 27001" is not "ISO 9001", "SOC 2" not "SOC 1", "Python 3" not "Python 2.7"), nor when the option names another
    /// thing beside it ("Sales and Marketing" for "Marketing", "React + Redux" for "React").
    /// </summary>
    public static bool Edited(string option, string skill)
    {
        var bare = TextNorm.Normalize(skill);
        var names = Separator().Split(option).Select(TextNorm.Normalize).Where(p => p.Length > 0).ToList();
        if (bare.Length == 0 || bare.Any(char.IsDigit) || Edition().IsMatch(bare) || names.Count != 1)
        {
            return false;
        }

        var name = names[0];
        var stripped = Edition().Replace(name, "").Trim();
        return Same(name, bare) || (stripped.Length > 0 && Same(stripped, bare));
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
