using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace GhostHands.Fixtures;

/// <summary>
/// <c>POST /forms/{name}/submit</c>: records the attempt, validates it as the form's server would, and answers the way
/// the page expects. Native form posts get a redirect to the confirmation page, or the form re-rendered with messages
/// (HTTP 200, as server-rendered ATS pages do). Script posts (JSON body or <c>Accept: application/json</c>) get
/// <c>{ "redirect": path }</c>, or <c>422 { "errors": { field: message } }</c>.
/// </summary>
internal static class SubmitForm
{
    /// <summary>Error key for a message about the whole form rather than one field.</summary>
    public const string FormLevel = "_form";

    public static async Task<IResult> Handle(string name, HttpRequest request, SubmissionStore store, SubmissionHold hold, CancellationToken cancellationToken)
    {
        var expected = FixtureCatalog.TryExpected(name);
        if (expected is null)
        {
            return Results.NotFound();
        }

        var payload = await SubmissionReader.ReadAsync(request, cancellationToken);
        var errors = Validate(expected, payload);
        if (expected.Account is not null && !SignInPage.IsSignedIn(name, request, store))
        {
            errors = new Dictionary<string, string> { [FormLevel] = "Sign in before applying." };
        }

        store.Add(name, payload, errors);
        await hold.WaitAsync(cancellationToken);

        var wantsJson = request.HasJsonContentType() || request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (errors.Count == 0)
        {
            var confirmation = expected.Confirmation?.Path ?? $"/forms/{name}";
            return wantsJson ? Results.Json(new { redirect = confirmation }) : Results.Redirect(confirmation);
        }

        return wantsJson
            ? Results.Json(new { errors }, statusCode: StatusCodes.Status422UnprocessableEntity)
            : Results.Content(FormRenderer.Render(FormDocument(expected), payload, errors, expected), EmbeddedFiles.ContentType(".html"));
    }

    /// <summary>The document holding the form: the iframe's page when the form lives in one, else the form page.</summary>
    private static string FormDocument(FormExpectation expected) =>
        EmbeddedFiles.ReadText(expected.FilePath(".frame.html")) ?? EmbeddedFiles.ReadRequiredText(expected.FilePath(".html"));

    private static Dictionary<string, string> Validate(FormExpectation expected, FormPayload payload)
    {
        var errors = new Dictionary<string, string>();
        if (expected.RejectAll is { } message)
        {
            errors[FormLevel] = message;
        }

        foreach (var (field, _) in expected.Fields.Where(f => f.Value.Required && !payload.Has(f.Key)))
        {
            errors[field] = expected.RequiredMessage;
        }

        if (expected.Resume is { } resume && !payload.Files.Any(f => f.FieldName == resume.Field))
        {
            errors[resume.Field] = expected.RequiredMessage;
        }

        foreach (var rule in expected.Rules.Where(r => payload.Has(r.Field) && !errors.ContainsKey(r.Field)))
        {
            if (!Regex.IsMatch(payload.Fields[rule.Field][0].Trim(), rule.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors[rule.Field] = rule.Message;
            }
        }

        return errors;
    }
}
