using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GhostHands.Fixtures;

/// <summary>
/// Routes: <c>/forms/{name}</c> serves <c>Forms/{name}.html</c>; <c>/forms/{name}/{part}</c> serves
/// <c>Forms/{name}.{part}.html</c> (an iframe document) or, once a submission was accepted, the form's confirmation
/// page; a form with an account is behind its sign-in page (<see cref="SignInPage"/>); <c>/postings/{name}</c>, <c>/assets/{file}</c> and the resume under <c>/files/</c>. Pages are never cached,
/// so each test sees a fresh form. <c>{{base}}</c> in a page becomes the site's root URL (absolute URLs in JSON-LD).
/// </summary>
internal static class FixtureEndpoints
{
    public static void MapFixtureEndpoints(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });

        app.MapGet("/", () => Results.Content(IndexPage(), EmbeddedFiles.ContentType(".html")));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/assets/{file}", (string file, HttpRequest request) => Page($"assets/{file}", request));
        app.MapGet($"/files/{FixtureCatalog.ResumeFileName}", () => Results.File(FixtureCatalog.ResumePdf(), FixtureCatalog.ResumeContentType));
        app.MapGet("/postings/{name}", (string name, HttpRequest request) => Page($"Postings/{name}.html", request));
        app.MapGet("/forms/{name}", (string name, HttpRequest request, SubmissionStore store) => FixtureCatalog.TryExpected(name) switch
        {
            null => Results.NotFound(),
            { Account: not null } form when !SignInPage.IsSignedIn(name, request, store) => Page(form.FilePath(".signin.html"), request),
            var form => Page(form.FilePath(".html"), request),
        });
        app.MapGet("/forms/{name}/{**part}", FormPart);
        app.MapPost("/forms/{name}/submit", SubmitForm.Handle);
        app.MapPost("/forms/{name}/signin", SignInPage.Handle);
        app.MapPost("/forms/{name}/parse", ResumeParsing.Handle);
    }

    private static IResult FormPart(string name, string part, HttpRequest request, SubmissionStore store)
    {
        var expected = FixtureCatalog.TryExpected(name);
        if (expected?.Confirmation is { } confirmation && confirmation.Path == $"/forms/{name}/{part}")
        {
            // Like a real ATS, the thank-you page is only shown to someone who actually applied.
            return store.HasAccepted(name) ? Page(expected.FilePath(".confirmation.html"), request) : Results.Redirect($"/forms/{name}");
        }

        return expected is null || part.Contains('/', StringComparison.Ordinal)
            ? Results.NotFound()
            : Page(expected.FilePath($".{part}.html"), request);
    }

    private static IResult Page(string path, HttpRequest request)
    {
        var contentType = EmbeddedFiles.ContentType(path);
        if (!contentType.StartsWith("text/", StringComparison.Ordinal))
        {
            var bytes = EmbeddedFiles.ReadBytes(path);
            return bytes is null ? Results.NotFound() : Results.Bytes(bytes, contentType);
        }

        var text = EmbeddedFiles.ReadText(path);
        return text is null ? Results.NotFound() : Results.Content(text.Replace("{{base}}", BaseOf(request), StringComparison.Ordinal), contentType);
    }

    private static string BaseOf(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string IndexPage()
    {
        static string Links(string prefix, IEnumerable<string> names) =>
            string.Concat(names.Select(n => $"<li><a href=\"/{prefix}/{n}\">{WebUtility.HtmlEncode(n)}</a></li>"));

        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>GhostHands fixture site</title></head>
            <body><h1>Fixture forms</h1><ul>{Links("forms", FixtureCatalog.Forms)}</ul>
            <h1>Held-out forms</h1><ul>{Links("forms", FixtureCatalog.HeldOutForms)}</ul>
            <h1>Retired held-out forms</h1><ul>{Links("forms", FixtureCatalog.RetiredForms)}</ul>
            <h1>Fixture postings</h1><ul>{Links("postings", FixtureCatalog.Postings)}</ul></body></html>
            """;
    }
}
