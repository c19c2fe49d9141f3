namespace GhostHands.Execution.Forms.Meaning;

/// <summary>A country under its ISO code, the names forms use for it and its telephone calling code.</summary>
internal sealed record Country(string Code, string Dial, IReadOnlyList<string> Names);

/// <summary>
/// The countries applicants most often name, so that "US", "USA" and "United States of America" are one answer and a
/// phone number's "+44" picks "United Kingdom (+44)". A country missing here is still matched by its written name.
/// </summary>
internal static class Countries
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("US", "1", ["United States", "United States of America", "USA", "U.S.", "America"]),
        new("CA", "1", ["Canada"]),
        new("GB", "44", ["United Kingdom", "UK", "Great Britain", "Britain", "England"]),
        new("IE", "353", ["Ireland"]),
        new("DE", "49", ["Germany", "Deutschland"]),
        new("FR", "33", ["France"]),
        new("ES", "34", ["Spain"]),
        new("IT", "39", ["Italy"]),
        new("NL", "31", ["Netherlands", "Holland", "The Netherlands"]),
        new("BE", "32", ["Belgium"]),
        new("CH", "41", ["Switzerland"]),
        new("AT", "43", ["Austria"]),
        new("SE", "46", ["Sweden"]),
        new("NO", "47", ["Norway"]),
        new("DK", "45", ["Denmark"]),
        new("FI", "358", ["Finland"]),
        new("PL", "48", ["Poland"]),
        new("PT", "351", ["Portugal"]),
        new("IN", "91", ["India"]),
        new("CN", "86", ["China"]),
        new("JP", "81", ["Japan"]),
        new("KR", "82", ["South Korea", "Korea"]),
        new("SG", "65", ["Singapore"]),
        new("AU", "61", ["Australia"]),
        new("NZ", "64", ["New Zealand"]),
        new("BR", "55", ["Brazil"]),
        new("MX", "52", ["Mexico"]),
        new("AR", "54", ["Argentina"]),
        new("ZA", "27", ["South Africa"]),
        new("IL", "972", ["Israel"]),
        new("AE", "971", ["United Arab Emirates", "UAE"]),
        new("PH", "63", ["Philippines"]),
        new("UA", "380", ["Ukraine"]),
    ];

    /// <summary>The country <paramref name="text"/> is (a code or a name), or null.</summary>
    public static Country? Find(string? text)
    {
        var t = TextNorm.Normalize(text);
        if (t.Length == 0)
        {
            return null;
        }

        // A code only in capitals: "no", "in" and "it" are words before they are Norway, India and Italy.
        var code = text!.Trim();
        return All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal)
            || c.Names.Any(n => TextNorm.Normalize(n) == t));
    }

    /// <summary>The first country named inside <paramref name="text"/> ("authorized to work in the UK?"), or null.</summary>
    public static Country? NamedIn(string? text)
    {
        var t = $" {TextNorm.Normalize(text)} ";
        return All.FirstOrDefault(c => c.Names.Any(n => NamedIn(t, n, written: true)) || NamedIn(t, c.Code, written: false));
    }

    /// <summary>The calling code of an international number ("+44 20 7946 0958" is 44), or null when it has none.</summary>
    public static string? DialCode(string? phone)
    {
        var p = (phone ?? "").Trim();
        if (!p.StartsWith('+'))
        {
            return null;
        }

        var digits = new string([.. p.Skip(1).TakeWhile(c => char.IsAsciiDigit(c) || c == ' ' || c == '(').Where(char.IsAsciiDigit)]);
        // Calling codes are prefix-free: the longest known one the number starts with is its code.
        return All.Select(c => c.Dial).Distinct().Where(digits.StartsWith).OrderByDescending(d => d.Length).FirstOrDefault();
    }

    private static bool NamedIn(string text, string name, bool written)
    {
        var n = TextNorm.Normalize(name);
        if (n == "us")
        {
            // Normalising folds "United States" to "us", which is also the pronoun ("work for us").
            return text.Contains(" in us ", StringComparison.Ordinal) || text.Contains(" in the us ", StringComparison.Ordinal);
        }

        // Two-letter codes ("IN", "NO", "IT") are common words: only longer names count, or a short name the table
        // writes as a name ("UK").
        return (n.Length > 2 || written) && text.Contains($" {n} ", StringComparison.Ordinal);
    }
}
