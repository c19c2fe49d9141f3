using Microsoft.AspNetCore.Http;

namespace GhostHands.Fixtures;

/// <summary>
/// The sign-in page of a form whose expectation names an <see cref="AccountExpectation"/>. <c>GET /forms/{name}</c>
/// serves <c>Forms/{name}.signin.html</c> until the browser holds a session; <c>POST /forms/{name}/signin</c> records
/// the attempt and, for the one right account, sets the session cookie and redirects to the form, else re-renders the
/// sign-in page with an error. Sessions live until <see cref="FixtureSite.Reset"/>.
/// </summary>
internal static class SignInPage
{
    public const string Cookie = "fixture_session";
    public const string Refused = "The email address or password you entered is incorrect.";

    public static bool IsSignedIn(string name, HttpRequest request, SubmissionStore store) =>
        store.IsSignedIn(name, request.Cookies[Cookie]);

    public static async Task<IResult> Handle(string name, HttpRequest request, HttpResponse response, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (FixtureCatalog.TryExpected(name) is not { Account: { } account } expected)
        {
            return Results.NotFound();
        }

        var payload = await SubmissionReader.ReadAsync(request, cancellationToken);
        var accepted = payload.Fields.TryGetValue("username", out var user) && user is [var u] && u == account.Username
            && payload.Fields.TryGetValue("password", out var password) && password is [var p] && p == account.Password;
        if (store.AddSignIn(name, accepted) is { } token)
        {
            response.Cookies.Append(Cookie, token, new CookieOptions { HttpOnly = true, Path = "/", SameSite = SameSiteMode.Lax });
            return Results.Redirect($"/forms/{name}");
        }

        var page = EmbeddedFiles.ReadRequiredText(expected.FilePath(".signin.html"));
        return Results.Content(
            FormRenderer.Render(page, payload, new Dictionary<string, string> { [SubmitForm.FormLevel] = Refused }, expected),
            EmbeddedFiles.ContentType(".html"));
    }
}
