namespace GhostHands.Execution.Forms;

/// <summary>
/// Keeps one attempt from sending the same application again and again. A submission the page rejected may only be
/// followed by another when the engine changed a value since (a repair); a second rejection with the same errors ends
/// the run, and so does reaching <c>Execution:MaxSubmitAttempts</c> submissions (default 3). A click the browser
/// itself refused (constraint validation) sent nothing and is not counted as a submission.
/// </summary>
internal sealed class SubmitGuard(int maxSubmissions)
{
    private Dictionary<string, string>? sent;
    private Dictionary<string, string>? pending;
    private string? rejectedWith;

    /// <summary>
    /// Submissions of the current page that reached the server (not the ones the browser refused to send). A step the
    /// form moved on from was accepted, so a wizard whose Next buttons submit starts counting again on each step.
    /// </summary>
    public int Submissions { get; private set; }

    /// <summary>Submit clicks the browser's own validation refused.</summary>
    public int BrowserRefusals { get; private set; }

    /// <summary>Why the next submission must not be sent, or null when it may.</summary>
    public string? Refusal(IReadOnlyDictionary<string, FilledField> filled)
    {
        if (Submissions >= maxSubmissions)
        {
            return $"The form was submitted {Submissions} time(s) and rejected; it is not sent again.";
        }

        return rejectedWith is not null && sent is not null && !Changed(filled)
            ? "The page rejected the submission and its errors name nothing the applicant's data can repair."
            : null;
    }

    public void Clicked(IReadOnlyDictionary<string, FilledField> filled)
    {
        pending = Snapshot(filled);
        Submissions++;
    }

    /// <summary>The browser blocked the click: nothing was sent.</summary>
    public void RefusedByBrowser()
    {
        Submissions--;
        BrowserRefusals++;
        pending = null;
    }

    /// <summary>The page confirmed or moved on to a next step: a rejection before it no longer matters.</summary>
    public void Accepted(bool nextStep)
    {
        sent = pending;
        rejectedWith = null;
        if (nextStep)
        {
            Submissions = 0;
        }
    }

    /// <summary>Records the page's rejection; true when it is the same as the one before, after a repair.</summary>
    public bool Rejected(IReadOnlyList<string> errors)
    {
        sent = pending;
        var signature = string.Join("\n", errors.Select(TextNorm.Normalize).Distinct().Order(StringComparer.Ordinal));
        var unchanged = rejectedWith == signature;
        rejectedWith = signature;
        return unchanged;
    }

    private bool Changed(IReadOnlyDictionary<string, FilledField> filled)
    {
        var now = Snapshot(filled);
        return now.Any(p => !sent!.TryGetValue(p.Key, out var before) || before != p.Value);
    }

    // Files are left out: a re-rendered page drops them and the same resume is attached again, which repairs nothing.
    private static Dictionary<string, string> Snapshot(IReadOnlyDictionary<string, FilledField> filled) =>
        filled.Where(p => !p.Key.StartsWith("file|", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value.Value);
}
