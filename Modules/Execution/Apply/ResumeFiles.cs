using GhostHands.Jobs.Handling;
using GhostHands.Jobs.Outbound;

namespace GhostHands.Execution.Apply;

/// <summary>
/// Turns <c>input_data.resumePath</c> into a local file for upload: a path is used as it is; an http(s) URL is
/// checked by the target guard and downloaded to a temporary file that is deleted after the job.
/// </summary>
internal sealed class ResumeFiles(Browser.BrowserJobRunner runner, IHttpClientFactory http)
{
    /// <summary>Largest resume downloaded: 20 MB, more than any ATS accepts.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public async Task<(string? Path, JobOutcome? Error)> ResolveAsync(JobContext context, string? resumePath)
    {
        if (resumePath is null)
        {
            return (null, null);
        }

        if (!Uri.TryCreate(resumePath, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return File.Exists(resumePath)
                ? (resumePath, null)
                : (null, JobOutcome.Fail(ErrorCodes.InvalidInput, $"input_data.resumePath '{resumePath}' is not a readable file.", retryable: false));
        }

        if (await runner.CheckTargetAsync(resumePath, context.CancellationToken) is { } refusal)
        {
            return (null, JobOutcome.Fail(ErrorCodes.TargetUrlRefused, $"resumePath refused: {refusal}", retryable: false));
        }

        var name = Path.GetFileName(uri.AbsolutePath);
        name = string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? "resume.pdf" : name;
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"gh-resume-{context.Job.Id:N}-{context.Attempt}"));
        var path = Path.Combine(folder.FullName, name);
        using var client = http.CreateClient(nameof(ResumeFiles));
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken);
        }
        catch (HttpRequestException e) when (GuardedHttp.Refusal(e) is { } refused)
        {
            // The name passed the check above but the connection (a redirect, or a second resolution) did not.
            return (null, JobOutcome.Fail(ErrorCodes.TargetUrlRefused, $"resumePath refused: {refused.Message}", retryable: false));
        }

        using var disposeResponse = response;
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxBytes)
        {
            return (null, JobOutcome.Fail(ErrorCodes.InvalidInput, $"Downloading the resume from {uri} answered {(int)response.StatusCode}.", retryable: true));
        }

        await using (var file = File.Create(path))
        {
            await response.Content.CopyToAsync(file, context.CancellationToken);
        }

        await context.NarrateAsync("step_completed", $"Downloaded the resume ({new FileInfo(path).Length} bytes).", new { url = resumePath });
        return (path, null);
    }

    /// <summary>Deletes a downloaded copy; a local path given by the job is left alone.</summary>
    public void Release(string? path, string? resumePath)
    {
        if (path is null || path == resumePath)
        {
            return;
        }

        try
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }
}
