using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// The spoken languages a question names as languages: "in Spanish", "speak German", "your Portuguese", "Spanish
/// speakers", "English/Spanish". The same word naming people or things ("German clients", "French law", "with
/// Spanish suppliers") is no language. A name is a language when it is one of the world's widely spoken languages or
/// one the applicant lists.
/// </summary>
internal static partial class LanguageMentions
{
    /// <summary>Widely spoken languages, by the English name forms use for them.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "english", "spanish", "french", "german", "portuguese", "italian", "dutch", "flemish", "mandarin", "chinese",
        "cantonese", "japanese", "korean", "arabic", "hindi", "urdu", "bengali", "bangla", "punjabi", "russian",
        "ukrainian", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish", "hebrew",
        "persian", "farsi", "dari", "pashto", "swedish", "norwegian", "danish", "finnish", "icelandic", "vietnamese",
        "thai", "tagalog", "filipino", "indonesian", "malay", "swahili", "tamil", "telugu", "marathi", "gujarati",
        "kannada", "malayalam", "serbian", "croatian", "bosnian", "slovenian", "lithuanian", "latvian", "estonian",
        "catalan", "basque", "galician", "irish", "welsh", "amharic", "somali", "creole", "yoruba", "igbo", "hausa",
        "zulu", "xhosa", "afrikaans", "nepali", "khmer", "burmese", "hmong", "albanian", "armenian", "georgian",
        "kazakh", "uzbek", "mongolian", "sinhala", "tigrinya", "navajo", "asl", "castilian",
    };

    /// <summary>The languages <paramref name="question"/> names as languages, lower case, in the order written.</summary>
    public static List<string> In(string question, IReadOnlySet<string> listed)
    {
        var tokens = Token().Matches(Fold(question)).Select(m => m.Value).ToList();
        bool IsName(int i) => i >= 0 && i < tokens.Count && (Known.Contains(tokens[i]) || listed.Contains(tokens[i]));
        string At(int i) => i >= 0 && i < tokens.Count ? tokens[i] : "";
        var together = Together(tokens, IsName);
        var found = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsName(i))
            {
                continue;
            }

            // "in Spanish?", "in Spanish with the crew", not "in German companies"; "speak German", "your Portuguese";
            // "Spanish speakers", "Spanish proficiency" (not
            // "Spanish-speaking countries", a place); "English/Spanish"; the next of a list ("in English and French");
            // a list standing alone ("in both English and Spanish?").
            var language = (At(i - 1) == "in" && (i + 1 == tokens.Count || Follower().IsMatch(At(i + 1))))
                || Before().IsMatch(At(i - 1)) || After().IsMatch(At(i + 1))
                || (At(i - 1) == "/" && IsName(i - 2)) || (At(i + 1) == "/" && IsName(i + 2))
                || (At(i - 1) is "and" or "or" or "," && found.Count > 0 && IsName(i - 2)) || together.Contains(i);
            if (language && !found.Contains(tokens[i]))
            {
                found.Add(tokens[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// The places of names written as a list of two or more ("both English and Spanish", "Spanish as well as English",
    /// "English/Spanish") that no noun follows: "in both English and Spanish?", "using English and Spanish every day"
    /// name languages, "German and French clients" people.
    /// </summary>
    private static HashSet<int> Together(List<string> tokens, Func<int, bool> isName)
    {
        int Joiner(int i) => i >= tokens.Count ? 0
            : tokens[i] is "and" or "or" or "/" or "," ? 1
            : tokens[i] == "as" && i + 2 < tokens.Count && tokens[i + 1] == "well" && tokens[i + 2] == "as" ? 3
            : 0;
        var together = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!isName(i))
            {
                continue;
            }

            var names = new List<int> { i };
            for (var next = i + 1; ;)
            {
                var name = next;
                while (Joiner(name) > 0)
                {
                    name += Joiner(name);
                }

                if (name == next || !isName(name))
                {
                    break;
                }

                names.Add(name);
                next = name + 1;
            }

            // "teach both English and Spanish", "studied English and Spanish": subjects, which a list of spoken languages
            // does not answer.
            var before = names[0] - 1;
            while (before >= 0 && tokens[before] is "both" or "either")
            {
                before--;
            }

            var after = names[^1] + 1;
            if (names.Count > 1 && (after == tokens.Count || Follower().IsMatch(tokens[after])) && !(before >= 0 && Subject().IsMatch(tokens[before])))
            {
                together.UnionWith(names);
            }

            i = names[^1];
        }

        return together;
    }

    /// <summary>
    /// True when "and", "or" or a comma joins a language, or a way of using one, to something else: "experience with
    /// Python and speak Spanish", "fluent in English and Excel", "3 years in sales, English fluency" ask more than the
    /// languages answer. "read and write Spanish", "in English and/or French", "in Spanish as well as in English", "in
    /// Spanish, with the crew" do not.
    /// </summary>
    public static bool JoinedToOther(string text, IReadOnlySet<string> listed)
    {
        var tokens = Token().Matches(Fold(text)).Select(m => m.Value).ToList();
        bool IsName(int i) => i >= 0 && i < tokens.Count && (Known.Contains(tokens[i]) || listed.Contains(tokens[i]));
        // "in" repeats a list's preposition: "in English and in Spanish".
        bool Joiner(int i) => i >= 0 && i < tokens.Count && tokens[i] is "and" or "or" or "/" or "," or "both" or "either" or "in";
        bool Fits(int i, int step)
        {
            while (Joiner(i))
            {
                i += step;
            }

            return IsName(i) || (i >= 0 && i < tokens.Count && Before().IsMatch(tokens[i]));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var and = tokens[i] is "and" or "or" or "plus" || (tokens[i] == "as" && i + 2 < tokens.Count && tokens[i + 1] == "well" && tokens[i + 2] == "as");
            var comma = tokens[i] == "," && IsName(i + 1);
            var next = tokens[i] == "as" ? i + 3 : i + 1;
            if ((and || comma) && (!Fits(i - 1, -1) || !Fits(next, 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A language as the applicant lists it, without its note ("Spanish (native)" is "spanish").</summary>
    public static string Bare(string language) => Fold(Note().Replace(language, "")).Trim();

    // Lower case without accents or apostrophes; punctuation stays, as it ends a phrase ("in Spanish, with ...").
    private static string Fold(string text) =>
        Accents().Replace(text.Normalize(System.Text.NormalizationForm.FormD), "").ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Replace("\u2019", "", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{Ll}\p{Lu}]+|[/,?.;:!()]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{Mn}")]
    private static partial Regex Accents();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Note();

    // What may follow "in Spanish" when it is the language: the end of a phrase, or a word that is no noun.
    [GeneratedRegex(@"^([/,?.;:!()]|and|or|with|to|at|for|as|on|when|while|during|by|if|from|daily|every|over|too|also|both|only|fluently|professionally|comfortably|well|is|are|without|so|via|through|across|throughout|within|among|each|most|all|day|nor|then)$")]
    private static partial Regex Follower();

    // Taught or studied: a language as a subject, not one used.
    [GeneratedRegex(@"^(teach|teaches|teaching|taught|tutor|tutoring|study|studies|studying|studied|learn|learning|learned|learnt|major|majored)$")]
    private static partial Regex Subject();

    // The words before a language that make it one: speaking or writing it, its level, "your Spanish", "bilingual Spanish".
    [GeneratedRegex(@"^(speak|speaks|spoke|speaking|read|reads|reading|write|writes|writing|understand|fluent|fluency|proficient|proficiency|native|conversational|business|professional|written|spoken|basic|advanced|intermediate|your|bilingual|converse|conversing)$")]
    private static partial Regex Before();

    // The words after a language that make it one: "Spanish speakers", "English proficiency", "Spanish skills", "the
    // Spanish version of a page" (a text written in it).
    [GeneratedRegex(@"^(speaker|speakers|language|languages|proficiency|fluency|skills?|level|conversation|conversations|fluently|translation|version|versions|edition)$")]
    private static partial Regex After();
}
