using Microsoft.AspNetCore.Http;

namespace GhostHands.Fixtures;

/// <summary>
/// <c>POST /forms/{name}/parse</c>, for forms that autofill from the resume: answers <c>Forms/{name}.parsed.json</c>,
/// the fields a resume parser "found" (deliberately partly wrong). Only PDFs are read. Not recorded as a submission.
/// </summary>
internal static class ResumeParsing
{
    public static async Task<IResult> Handle(string name, HttpRequest request, CancellationToken cancellationToken)
    {
        var parsed = FixtureCatalog.TryExpected(name) is { } expected ? EmbeddedFiles.ReadText(expected.FilePath(".parsed.json")) : null;
        if (parsed is null || !request.HasFormContentType)
        {
            return Results.NotFound();
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0 || form.Files[0].Length == 0)
        {
            return Results.Json(new { error = "Please choose a file to upload." }, statusCode: StatusCodes.Status400BadRequest);
        }

        var header = new byte[5];
        await using var content = form.Files[0].OpenReadStream();
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return read == header.Length && header.AsSpan().SequenceEqual("%PDF-"u8)
            ? Results.Content(parsed, EmbeddedFiles.ContentType(".json"))
            : Results.Json(new { error = "We couldn't read that file. Please upload a PDF." }, statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
