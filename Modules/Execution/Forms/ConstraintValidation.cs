using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>A control the browser refused to submit, with the browser's own message ("Please fill out this field.").</summary>
internal sealed record InvalidControl(string Name, string Message);

/// <summary>
/// Reads the browser's constraint validation after a submit click that changed nothing. A page that relies on
/// <c>required</c>, <c>pattern</c> or <c>type=email</c> alone shows no error text: the browser blocks the submit and
/// shows a bubble no script can read. Every frame is asked; the controls found are marked so that the next inventory
/// reports them, hidden ones included, with their validation message as the field's error.
/// </summary>
internal static class ConstraintValidation
{
    private static readonly string Script = Load();

    public static async Task<IReadOnlyList<InvalidControl>> MarkInvalidAsync(IPage page)
    {
        var found = new List<InvalidControl>();
        foreach (var frame in page.Frames)
        {
            try
            {
                var controls = (await frame.EvaluateAsync<JsonElement>(Script)).Deserialize<List<InvalidControl>>(new JsonSerializerOptions(JsonSerializerDefaults.Web));
                found.AddRange(controls ?? []);
            }
            catch (PlaywrightException) when (!page.IsClosed)
            {
                // A frame that navigates away mid-call has nothing left to refuse.
            }
        }

        return found;
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GhostHands.Execution.Forms.invalid.js")
            ?? throw new InvalidOperationException("invalid.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
