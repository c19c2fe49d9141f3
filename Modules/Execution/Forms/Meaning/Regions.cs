namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// The states and provinces place suggestions most often shorten to a postal code ("San Francisco, CA, United
/// States"), so that a profile's "California" is the "CA" of a suggestion. A region missing here is still matched by
/// its written name.
/// </summary>
internal static class Regions
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["alabama"] = "al", ["alaska"] = "ak", ["arizona"] = "az", ["arkansas"] = "ar", ["california"] = "ca", ["colorado"] = "co",
        ["connecticut"] = "ct", ["delaware"] = "de", ["district of columbia"] = "dc", ["florida"] = "fl", ["georgia"] = "ga",
        ["hawaii"] = "hi", ["idaho"] = "id", ["illinois"] = "il", ["indiana"] = "in", ["iowa"] = "ia", ["kansas"] = "ks",
        ["kentucky"] = "ky", ["louisiana"] = "la", ["maine"] = "me", ["maryland"] = "md", ["massachusetts"] = "ma",
        ["michigan"] = "mi", ["minnesota"] = "mn", ["mississippi"] = "ms", ["missouri"] = "mo", ["montana"] = "mt",
        ["nebraska"] = "ne", ["nevada"] = "nv", ["new hampshire"] = "nh", ["new jersey"] = "nj", ["new mexico"] = "nm",
        ["new york"] = "ny", ["north carolina"] = "nc", ["north dakota"] = "nd", ["ohio"] = "oh", ["oklahoma"] = "ok",
        ["oregon"] = "or", ["pennsylvania"] = "pa", ["rhode island"] = "ri", ["south carolina"] = "sc", ["south dakota"] = "sd",
        ["tennessee"] = "tn", ["texas"] = "tx", ["utah"] = "ut", ["vermont"] = "vt", ["virginia"] = "va", ["washington"] = "wa",
        ["west virginia"] = "wv", ["wisconsin"] = "wi", ["wyoming"] = "wy",
        ["alberta"] = "ab", ["british columbia"] = "bc", ["manitoba"] = "mb", ["new brunswick"] = "nb",
        ["newfoundland and labrador"] = "nl", ["nova scotia"] = "ns", ["ontario"] = "on", ["prince edward island"] = "pe",
        ["quebec"] = "qc", ["saskatchewan"] = "sk",
    };

    private static readonly HashSet<string> Shortened = [.. Codes.Values];

    /// <summary>True when <paramref name="part"/> (normalised) is the region <paramref name="region"/>, by name or code.</summary>
    public static bool Same(string part, string? region)
    {
        var r = TextNorm.Normalize(region);
        return r.Length > 0 && (part == r || (Codes.TryGetValue(r, out var code) && part == code) || (Codes.TryGetValue(part, out var named) && named == r));
    }

    /// <summary>The postal code of a state or province written out ("California": "ca"), or null for one not known or already a code.</summary>
    public static string? Code(string? region) => Codes.GetValueOrDefault(TextNorm.Normalize(region));

    /// <summary>True when <paramref name="part"/> (normalised) names a known state or province, by name or code.</summary>
    public static bool IsRegion(string part) => Codes.ContainsKey(part) || Shortened.Contains(part);
}
