using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>Where the applicant lives, as the profile gives it: a city, and the state and country it is in.</summary>
internal sealed record Place(string City, string? State, string? Country);

/// <summary>
/// Picks the suggestion of a location type-ahead that is the applicant's place. Suggestions name a city with its
/// region and country ("San Francisco, CA, United States"), and many places share a city's name ("San Francisco,
/// Cordoba, Argentina") or contain it ("South San Francisco"): a suggestion is the place when it starts with the city,
/// gains for each further part that is the profile's state (by name or postal code) or country, and loses for a part
/// that names another region or country than the profile's. Nothing when no suggestion starts with the city or two
/// score the same.
/// </summary>
internal static partial class PlaceMatcher
{
    private const int CityScore = 10;
    private const int AgreeScore = 3;
    private const int ContradictScore = 5;

    public static FieldOption? Best(Place place, IReadOnlyList<FieldOption> options)
    {
        var city = TextNorm.Normalize(place.City);
        if (city.Length == 0)
        {
            return null;
        }

        var scored = options.Select(o => (Option: o, Score: Score(place, city, o.Text))).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var top = scored.Max(s => s.Score);
        var best = scored.Where(s => s.Score == top).ToList();
        return best.Count == 1 ? best[0].Option : null;
    }

    private static int Score(Place place, string city, string text)
    {
        var parts = Separators().Split(text).Where(p => p.Length > 0)
            .Select(TextNorm.Normalize).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0 || parts[0] != city)
        {
            return 0;
        }

        var home = Countries.Find(place.Country);
        var score = CityScore;
        foreach (var part in parts.Skip(1))
        {
            score += Regions.Same(part, place.State) ? AgreeScore
                : SameCountry(part, place.Country, home) ? AgreeScore
                : (Regions.IsRegion(part) && !string.IsNullOrWhiteSpace(place.State)) || (Countries.Find(part) is not null && home is not null) ? -ContradictScore
                : -1;
        }

        return score;
    }

    private static bool SameCountry(string part, string? country, Country? home) =>
        TextNorm.Normalize(country) is { Length: > 0 } c && (part == c || (home is not null && Countries.Find(part) == home)
            || (home is not null && home.Code.Equals(part, StringComparison.OrdinalIgnoreCase)));

    // Between the parts of a place: commas, middle dots, bars, slashes, brackets and spaced dashes ("London - ON").
    [GeneratedRegex(@"[,\u00b7|/()]|\s[-\u2013\u2014]\s")]
    private static partial Regex Separators();
}
