using System.Net;
using System.Text.RegularExpressions;

namespace GhostHands.Fixtures;

/// <summary>
/// Server-side re-rendering of a rejected native form, the way server-rendered ATS pages do it: posted values are
/// written back into the controls (file and password inputs come back empty, as browsers require), each message
/// replaces its <c>&lt;!--error:field--&gt;</c> marker next to the field, and <c>&lt;!--errors:heading--&gt;</c>
/// becomes a summary. The markers are comments, so a page served without errors is unchanged. This works on the
/// fixtures' own markup only: attributes are double-quoted and no attribute value contains <c>&gt;</c>.
/// </summary>
internal static partial class FormRenderer
{
    private static readonly string[] UnrestoredTypes = ["file", "password", "hidden", "submit", "button", "reset", "image"];

    public static string Render(string html, FormPayload posted, IReadOnlyDictionary<string, string> errors, FormExpectation expectation)
    {
        html = InputTag().Replace(html, m => RestoreInput(m.Value, posted, errors));
        html = TextareaElement().Replace(html, m => RestoreTextarea(m, posted, errors));
        html = SelectElement().Replace(html, m => RestoreSelect(m, posted, errors));
        html = FieldErrorMarker().Replace(html, m => errors.TryGetValue(m.Groups["field"].Value, out var message)
            ? $"<span class=\"field-error\" role=\"alert\">{WebUtility.HtmlEncode(message)}</span>"
            : "");
        return SummaryMarker().Replace(html, m => Summary(m.Groups["heading"].Value, errors, expectation));
    }

    private static string RestoreInput(string tag, FormPayload posted, IReadOnlyDictionary<string, string> errors)
    {
        var name = Attribute(tag, "name");
        var type = Attribute(tag, "type") ?? "text";
        if (name is null || UnrestoredTypes.Contains(type))
        {
            return tag;
        }

        var values = posted.Fields.TryGetValue(name, out var v) ? v : [];
        tag = errors.ContainsKey(name) ? SetAttribute(tag, "aria-invalid", "true") : tag;
        return type is "checkbox" or "radio"
            ? SetFlag(tag, "checked", values.Contains(Attribute(tag, "value") ?? "on"))
            : SetAttribute(tag, "value", values.FirstOrDefault() ?? "");
    }

    private static string RestoreTextarea(Match element, FormPayload posted, IReadOnlyDictionary<string, string> errors)
    {
        var open = element.Groups["open"].Value;
        var name = Attribute(open, "name");
        if (name is null)
        {
            return element.Value;
        }

        open = errors.ContainsKey(name) ? SetAttribute(open, "aria-invalid", "true") : open;
        var value = posted.Fields.TryGetValue(name, out var values) ? values.FirstOrDefault() ?? "" : "";
        return $"{open}{WebUtility.HtmlEncode(value)}</textarea>";
    }

    private static string RestoreSelect(Match element, FormPayload posted, IReadOnlyDictionary<string, string> errors)
    {
        var open = element.Groups["open"].Value;
        var name = Attribute(open, "name");
        if (name is null)
        {
            return element.Value;
        }

        open = errors.ContainsKey(name) ? SetAttribute(open, "aria-invalid", "true") : open;
        var values = posted.Fields.TryGetValue(name, out var v) ? v : [];
        var options = OptionElement().Replace(element.Groups["options"].Value, option =>
        {
            var value = Attribute(option.Groups["open"].Value, "value") ?? WebUtility.HtmlDecode(option.Groups["text"].Value).Trim();
            return SetFlag(option.Groups["open"].Value, "selected", values.Contains(value)) + option.Groups["text"].Value + "</option>";
        });
        return $"{open}{options}</select>";
    }

    private static string Summary(string heading, IReadOnlyDictionary<string, string> errors, FormExpectation expectation)
    {
        if (errors.Count == 0)
        {
            return "";
        }

        var items = errors.Select(e => e.Key == SubmitForm.FormLevel
            ? $"<li>{WebUtility.HtmlEncode(e.Value)}</li>"
            : $"<li>{WebUtility.HtmlEncode(expectation.LabelOf(e.Key))}: {WebUtility.HtmlEncode(e.Value)}</li>");
        return $"<div class=\"error-summary\" role=\"alert\"><p>{WebUtility.HtmlEncode(heading)}</p><ul>{string.Concat(items)}</ul></div>";
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"(?<value>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : null;
    }

    private static string SetAttribute(string tag, string name, string value)
    {
        var encoded = $" {name}=\"{WebUtility.HtmlEncode(value)}\"";
        var existing = new Regex($"\\s{Regex.Escape(name)}=\"[^\"]*\"");
        return existing.IsMatch(tag) ? existing.Replace(tag, encoded, 1) : InsertBeforeClose(tag, encoded);
    }

    private static string SetFlag(string tag, string flag, bool on)
    {
        var without = Regex.Replace(tag, $"\\s{flag}(?=[\\s/>])", "");
        return on ? InsertBeforeClose(without, " " + flag) : without;
    }

    private static string InsertBeforeClose(string tag, string text) =>
        tag.EndsWith("/>", StringComparison.Ordinal) ? tag[..^2].TrimEnd() + text + " />" : tag[..^1] + text + ">";

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("(?<open><textarea\\b[^>]*>)(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaElement();

    [GeneratedRegex("(?<open><select\\b[^>]*>)(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectElement();

    [GeneratedRegex("(?<open><option\\b[^>]*>)(?<text>.*?)</option>", RegexOptions.Singleline)]
    private static partial Regex OptionElement();

    [GeneratedRegex("<!--error:(?<field>.+?)-->")]
    private static partial Regex FieldErrorMarker();

    [GeneratedRegex("<!--errors:(?<heading>.+?)-->")]
    private static partial Regex SummaryMarker();
}
