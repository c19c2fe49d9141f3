namespace GhostHands.Fixtures;

/// <summary>
/// Every submission the site received since the last <see cref="Reset"/>, in arrival order. Waiters are completed
/// from <see cref="Add"/> under the same lock that appends, so a submission can never slip between a check and a wait.
/// </summary>
internal sealed class SubmissionStore(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly List<Submission> submissions = [];
    private readonly List<(Func<Submission, bool> Matches, TaskCompletionSource<Submission> Signal)> waiters = [];
    private readonly List<SignIn> signIns = [];
    private readonly Dictionary<string, string> sessions = [];

    public IReadOnlyList<Submission> All
    {
        get
        {
            lock (gate)
            {
                return [.. submissions];
            }
        }
    }

    public Submission Add(string form, FormPayload payload, IReadOnlyDictionary<string, string> errors)
    {
        lock (gate)
        {
            var attempt = submissions.Count(s => s.Form == form) + 1;
            var submission = new Submission(
                form, attempt, errors.Count == 0, errors, payload.Fields, payload.Files, payload.ContentType, time.GetUtcNow());
            submissions.Add(submission);
            foreach (var waiter in waiters.Where(w => w.Matches(submission)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Signal.TrySetResult(submission);
            }

            return submission;
        }
    }

    public IReadOnlyList<SignIn> SignIns
    {
        get
        {
            lock (gate)
            {
                return [.. signIns];
            }
        }
    }

    /// <summary>Records a sign-in attempt; returns the new session token when it was accepted.</summary>
    public string? AddSignIn(string form, bool accepted)
    {
        lock (gate)
        {
            signIns.Add(new SignIn(form, accepted, time.GetUtcNow()));
            if (!accepted)
            {
                return null;
            }

            var token = Guid.NewGuid().ToString("N");
            sessions[token] = form;
            return token;
        }
    }

    public bool IsSignedIn(string form, string? token)
    {
        lock (gate)
        {
            return token is not null && sessions.TryGetValue(token, out var f) && f == form;
        }
    }

    public bool HasAccepted(string form)
    {
        lock (gate)
        {
            return submissions.Exists(s => s.Form == form && s.Accepted);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            submissions.Clear();
            signIns.Clear();
            sessions.Clear();
        }
    }

    /// <summary>The first submission, past or future, that <paramref name="matches"/>; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<Submission> WaitAsync(
        Func<Submission, bool> matches, string description, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var signal = new TaskCompletionSource<Submission>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = (matches, signal);
        lock (gate)
        {
            var existing = submissions.Find(s => matches(s));
            if (existing is not null)
            {
                return existing;
            }

            waiters.Add(waiter);
        }

        try
        {
            return await signal.Task.WaitAsync(timeout, time, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (gate)
            {
                waiters.Remove(waiter);
            }

            if (e is OperationCanceledException)
            {
                throw;
            }

            throw new TimeoutException($"No {description} within {timeout}. Received so far: {Describe(All)}.", e);
        }
    }

    private static string Describe(IReadOnlyList<Submission> received) => received.Count == 0
        ? "nothing"
        : string.Join("; ", received.Select(s =>
            $"{s.Form} attempt {s.Attempt} {(s.Accepted ? "accepted" : "rejected: " + string.Join(", ", s.Errors.Select(e => $"{e.Key} ({e.Value})")))}"));
}
