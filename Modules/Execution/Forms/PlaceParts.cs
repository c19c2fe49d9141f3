using System.Text.RegularExpressions;
using GhostHands.Execution.Forms.Meaning;

namespace GhostHands.Execution.Forms;

/// <summary>
/// A text question naming several parts of where the applicant lives ("What city and state do you live in?",
/// "Location (city, country)", "City/State/Zip"): every part the profile holds, in the order the label names them,
/// as one line ("San Francisco, CA 94110"; a street first when the label names one). A state with a postal code is written as the code unless the field's
/// example spells a region out ("e.g. Austin, Texas"); the postal code follows the state after a space, as addresses
/// write it. A place that is not the applicant's home (a school's, an employer's, a preferred one) is not answered here.
/// </summary>
internal static partial class PlaceParts
{
    private enum Part
    {
        Street,
        City,
        State,
        PostalCode,
        Country,
    }

    public static FieldAnswer? Answer(FormField field, ApplyInput input)
    {
        var label = TextNorm.Normalize(field.Label);
        if (field.Kind != "text" || field.Type is "email" or "tel" or "number" or "date" || NotHome().IsMatch(label))
        {
            return null;
        }

        // "Location" over a placeholder "City, State" names its parts in the placeholder.
        var named = Named(label);
        if (named.Count < 2 && Topics.Of(field.Label) == "city")
        {
            named = Named(TextNorm.Normalize(field.Placeholder));
        }

        if (named.Count < 2)
        {
            return null;
        }

        var spelled = SpelledOut().IsMatch($"{field.Placeholder} {field.Hints} {field.Title}");
        var line = "";
        var keys = new List<string>();
        foreach (var part in named)
        {
            var (key, value) = part switch
            {
                Part.Street => ("address_line1", input.User("address_line1")),
                Part.City => ("city", input.User("city")),
                Part.State => ("state", input.User("state") is { } state && !spelled && Regions.Code(state) is { } code ? code.ToUpperInvariant() : input.User("state")),
                Part.PostalCode => ("postal_code", input.User("postal_code")),
                _ => ("country", input.User("country")),
            };
            if (value is null)
            {
                continue;
            }

            line += line.Length == 0 ? value : part == Part.PostalCode && keys.LastOrDefault() == "state" ? $" {value}" : $", {value}";
            keys.Add(key);
        }

        return keys.Count < 2 ? null : new FieldAnswer(line, string.Join(" + ", keys.Select(k => $"userData.{k}")), [], field.Label);
    }

    /// <summary>The parts of a place a label names, in its order, each once.</summary>
    private static List<Part> Named(string label)
    {
        var found = new List<(int At, Part Part)>();
        void Add(Regex pattern, Part part)
        {
            if (pattern.Match(label) is { Success: true } m)
            {
                found.Add((m.Index, part));
            }
        }

        Add(Street(), Part.Street);
        Add(City(), Part.City);
        Add(PostalCode(), Part.PostalCode);
        Add(Country(), Part.Country);
        // "Country/Region" names one part: a region beside a country is the country's other name.
        Add(found.Any(f => f.Part == Part.Country) ? State() : StateOrRegion(), Part.State);
        return [.. found.OrderBy(f => f.At).Select(f => f.Part)];
    }

    [GeneratedRegex(@"\b(street|address)\b")]
    private static partial Regex Street();

    [GeneratedRegex(@"\b(city|town)\b")]
    private static partial Regex City();

    [GeneratedRegex(@"\b(state|province|county)\b")]
    private static partial Regex State();

    [GeneratedRegex(@"\b(state|province|county|region)\b")]
    private static partial Regex StateOrRegion();

    [GeneratedRegex(@"\b(zip|postal|postcode|post code)\b")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"\bcountry\b")]
    private static partial Regex Country();

    // Somewhere that is not the applicant's home: a school's or employer's place, a birthplace, a preferred or office location.
    [GeneratedRegex(@"\b(school|universit\w*|college|employer|company|birth|born|office|prefer\w*|would like|desired|willing|relocat\w*|reference|work location|job location)\b")]
    private static partial Regex NotHome();

    // An example that writes a region out in full after a city: "e.g. Austin, Texas", "Portland, Oregon".
    // The parts' own names ("City, State") are no example.
    [GeneratedRegex(@"\b\p{Lu}[\p{L}]+( \p{Lu}[\p{L}]+)?, (?!(State|Province|County|Region|Country)\b)\p{Lu}\p{Ll}{2,}")]
    private static partial Regex SpelledOut();
}
