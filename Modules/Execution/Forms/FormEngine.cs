using GhostHands.Execution.Assist;
using GhostHands.Execution.Browser;
using Microsoft.Playwright;

namespace GhostHands.Execution.Forms;

/// <summary>
/// The deterministic form engine behind <c>apply</c> and <c>fill_form</c>: inventory the page, fill what the applicant's
/// data answers, stop for blockers and unanswerable required questions, move through steps, submit, read the
/// reaction, correct and resubmit a bounded number of times, and only call it done when the page confirms it.
/// With a stored sign-in (<paramref name="signIn"/>) it signs in once when a sign-in wall appears; with a language model
/// (<paramref name="assistant"/>) it asks the model each required question nothing else answers, once, before pausing.
/// Every fill and click is counted against the attempt's action limit first.
/// </summary>
internal sealed class FormEngine(
    JobSession session, ApplyInput input, string? resumeFile, ExecutionOptions options, StoredSignIn? signIn = null, ScreeningAssistant? assistant = null)
{
    /// <summary>Clicks on next/continue/submit before the run gives up; covers long wizards.</summary>
    public const int MaxClicks = 15;

    /// <summary>How often one field is filled within a step before the engine stops retrying it.</summary>
    public const int MaxFillsPerField = 3;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(150);
    private readonly Dictionary<string, FilledField> filled = [];
    private readonly Dictionary<string, int> fillCounts = [];
    private readonly List<OpenQuestion> unfillable = [];
    private readonly Dictionary<string, string> assisted = [];
    private readonly HashSet<string> asked = [];
    private bool signInTried;

    private IPage Page => session.Page;

    public async Task<FormOutcome> RunAsync()
    {
        var inventory = await WaitForFormAsync();
        var rejections = 0;
        var submissions = 0;
        IReadOnlyList<string> lastErrors = [];
        for (var click = 0; click < MaxClicks; click++)
        {
            if (Blocker(inventory) is { } blocked)
            {
                if (blocked is not FormOutcome.Blocked { Blocker: "login" } || signIn is null || signInTried)
                {
                    return blocked;
                }

                signInTried = true;
                var (signedIn, refused) = await SignInAsync(inventory);
                if (refused is not null)
                {
                    return refused;
                }

                inventory = signedIn;
                continue;
            }

            inventory = await FillPassAsync(inventory);
            if (Blocker(inventory) is { } late)
            {
                return late;
            }

            var questions = OpenQuestions(inventory);
            if (questions.Count > 0 && await AskModelAsync(questions))
            {
                continue;
            }

            if (questions.Count > 0)
            {
                return new FormOutcome.NeedsAnswers(questions);
            }

            var button = PageReading.NextButton(inventory);
            if (button is null)
            {
                var changed = await WaitForChangeAsync(inventory);
                if (changed is null)
                {
                    return new FormOutcome.NotConfirmed("No submit or next button appeared on the page.", Filled, lastErrors);
                }

                inventory = changed;
                continue;
            }

            var final = PageReading.IsFinalSubmit(button);
            await session.ScreenshotAsync(final ? $"before-submit-{submissions + 1}" : $"step-{click + 1}");
            var before = inventory;
            using (var step = BrowserSteps.Start(session.Context, final ? BrowserSteps.Submit : BrowserSteps.ClickNext))
            {
                step?.SetTag("gh.button", button.Text);
                // "final" is written before the click, so a crash mid-click still leaves a record that a submit may have gone out.
                await session.NarrateAsync("step_started", $"Clicking \"{button.Text}\".", new { button = button.Text, final });
                await session.CountActionAsync("click");
                await button.Frame.Locator($"[data-gh-id='{button.Id}']").ClickAsync(new() { Timeout = 5000 });
                if (final)
                {
                    submissions++;
                    await session.NarrateAsync("form_submitted", $"Submitted the form (attempt {submissions}).", new { attempt = submissions });
                }
            }

            Reaction reaction;
            PageInventory after;
            using (var step = BrowserSteps.Start(session.Context, BrowserSteps.ConfirmationCheck))
            {
                (reaction, after) = await AwaitReactionAsync(before);
                step?.SetTag("gh.reaction", reaction.ToString());
            }

            inventory = after;
            switch (reaction)
            {
                case Reaction.Confirmed:
                    var evidence = PageReading.Confirmed(before, after)!;
                    await session.ScreenshotAsync("confirmation");
                    await session.NarrateAsync("step_completed", $"The page confirmed the application: \"{evidence.MatchedText}\".", evidence);
                    return new FormOutcome.Submitted(evidence, Filled, submissions);
                case Reaction.Errors:
                    lastErrors = PageReading.Errors(after);
                    rejections++;
                    await session.ScreenshotAsync($"validation-errors-{rejections}");
                    await session.NarrateAsync("validation_errors", $"The page reported {lastErrors.Count} problem(s): {Short(string.Join("; ", lastErrors))}", new { errors = lastErrors });
                    if (rejections >= options.MaxSubmitAttempts)
                    {
                        return new FormOutcome.NotConfirmed($"The page still reported errors after {rejections} attempts.", Filled, lastErrors);
                    }

                    fillCounts.Clear();
                    break;
                case Reaction.NextStep:
                    fillCounts.Clear();
                    await session.NarrateAsync("step_completed", "The form moved on to its next step.");
                    break;
                default:
                    rejections++;
                    if (rejections >= options.MaxSubmitAttempts)
                    {
                        return new FormOutcome.NotConfirmed("The page did not react to the submit button.", Filled, lastErrors);
                    }

                    break;
            }
        }

        return new FormOutcome.NotConfirmed($"No confirmation after {MaxClicks} clicks.", Filled, lastErrors);
    }

    private IReadOnlyList<FilledField> Filled => [.. filled.Values];

    /// <summary>Waits for a script-rendered form: until the page shows a field, a button or a blocker.</summary>
    private async Task<PageInventory> WaitForFormAsync()
    {
        var deadline = DateTime.UtcNow + options.SettleTimeout;
        PageInventory inventory;
        using (var step = BrowserSteps.Start(session.Context, BrowserSteps.WaitForForm))
        {
            inventory = await PageInventory.TakeAsync(Page);
            while (inventory.Fields.Count == 0 && !inventory.Captcha && !inventory.Login && DateTime.UtcNow <= deadline)
            {
                await Task.Delay(Poll, session.CancellationToken);
                inventory = await PageInventory.TakeAsync(Page);
            }

            step?.SetTag("gh.fields", inventory.Fields.Count);
        }

        await session.ScreenshotAsync("form-loaded");
        await session.NarrateAsync("step_completed", $"The form is on screen with {inventory.Fields.Count} field(s).");
        return inventory;
    }

    /// <summary>Fills every field with a known, not yet shown answer; re-reads the page after controls that re-render it.</summary>
    private async Task<PageInventory> FillPassAsync(PageInventory inventory)
    {
        for (var round = 0; round < 60; round++)
        {
            if (inventory.Captcha || inventory.Login)
            {
                return inventory;
            }

            var todo = inventory.Fields
                .Select(f => (Field: f, Answer: Answer(f)))
                .Where(p => p.Answer is not null && !FieldFiller.Satisfied(p.Field, p.Answer) && fillCounts.GetValueOrDefault(p.Field.Key) < MaxFillsPerField)
                .ToList();
            if (todo.Count == 0)
            {
                return inventory;
            }

            // One span per group of fields filled between two readings of the page; a file field is its own upload step.
            using var group = BrowserSteps.Start(session.Context, BrowserSteps.FillFields);
            var attempted = 0;
            foreach (var (field, answer) in todo)
            {
                session.CancellationToken.ThrowIfCancellationRequested();
                using var upload = field.Kind == "file" ? BrowserSteps.Start(session.Context, BrowserSteps.Upload) : null;
                group?.SetTag("gh.fields", ++attempted);
                fillCounts[field.Key] = fillCounts.GetValueOrDefault(field.Key) + 1;
                try
                {
                    await session.CountActionAsync("fill");
                    var shown = await FieldFiller.FillAsync(field, answer!);
                    var value = field.Kind == "file" ? Path.GetFileName(shown) : shown;
                    filled[field.Key] = new FilledField(field.Label, field.Name, value, answer!.Source);
                    await session.NarrateAsync("field_filled", $"Filled \"{Short(field.Label)}\" with \"{Short(value)}\" from {answer.Source}.",
                        new { field = field.Label, name = field.Name, value, source = answer.Source });
                }
                catch (UnansweredException e)
                {
                    fillCounts[field.Key] = MaxFillsPerField;
                    if (field.Required)
                    {
                        unfillable.Add(new OpenQuestion(field.Label, field.Name, field.Kind, []));
                    }

                    await session.NarrateAsync("field_skipped", e.Message);
                }
                catch (System.TimeoutException e)
                {
                    upload.Fail(e.Message);
                    await session.NarrateAsync("field_skipped", $"Could not operate \"{Short(field.Label)}\": {Short(e.Message)}");
                }

                if (field.Kind is "listbox" or "file")
                {
                    // These re-render or reveal parts of the page; everything read before them may be stale.
                    break;
                }
            }

            inventory = await PageInventory.TakeAsync(Page);
        }

        return inventory;
    }

    private List<OpenQuestion> OpenQuestions(PageInventory inventory)
    {
        var open = inventory.Fields
            .Where(f => f.Required && IsEmpty(f) && f.Kind != "file" && Answer(f) is null)
            .Select(f => new OpenQuestion(f.Label, f.Name, f.Kind, [.. f.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).Select(o => o.Text)]))
            .Concat(unfillable)
            .Where(q => q.Question.Length > 0)
            .DistinctBy(q => q.Question)
            .ToList();
        return open;
    }

    /// <summary>The model's answer to the field's question when it gave one that fits, else the applicant's data.</summary>
    private FieldAnswer? Answer(FormField field) =>
        (assisted.TryGetValue(field.Label, out var value) ? AnswerPlanner.Fit(field, new FieldAnswer(value, "model", [], field.Label)) : null)
        ?? AnswerPlanner.Plan(field, input, resumeFile);

    /// <summary>Asks the model each open question not asked before; true when it answered at least one.</summary>
    private async Task<bool> AskModelAsync(IReadOnlyList<OpenQuestion> questions)
    {
        if (assistant is null)
        {
            return false;
        }

        var answered = false;
        foreach (var question in questions.Where(q => asked.Add(q.Question)))
        {
            if (await assistant.AnswerAsync(session, question, input) is not { } answer)
            {
                continue;
            }

            assisted[question.Question] = answer;
            unfillable.RemoveAll(q => q.Question == question.Question);
            foreach (var key in fillCounts.Keys.Where(k => k.Contains($"|{question.Question}|", StringComparison.Ordinal)).ToList())
            {
                fillCounts.Remove(key);
            }

            answered = true;
        }

        return answered;
    }

    /// <summary>
    /// Signs in with the stored credential and waits for the page to react. Returns the page after, or the outcome to
    /// end with: no usable credential (the wall stays a blocker), a form it cannot read, or a refusal.
    /// </summary>
    private async Task<(PageInventory Inventory, FormOutcome? Stop)> SignInAsync(PageInventory inventory)
    {
        var wall = new FormOutcome.Blocked("login", "The page asks to sign in before applying.");
        var (login, problem) = await signIn!.LoadAsync(session.CancellationToken);
        if (login is null)
        {
            return (inventory, problem is null ? wall : wall with { Message = problem });
        }

        if (SignInForm.Find(inventory) is not { } form)
        {
            return (inventory, wall with { Message = $"The page asks to sign in, but its sign-in form was not recognised; the stored {signIn.Platform} sign-in was not used." });
        }

        var (account, password, button) = form;

        AssistLog.SigningIn(session.Context.Logger, signIn.Platform, login.Id);
        await session.NarrateAsync("sign_in_started", $"Signing in to {signIn.Platform} with the stored credential.", new { platform = signIn.Platform });
        var timeout = (float)options.SettleTimeout.TotalMilliseconds;
        try
        {
            await session.CountActionAsync("fill");
            await account.Frame.Locator($"[data-gh-id='{account.Id}']").FillAsync(login.Username.Reveal(), new() { Timeout = timeout });
            await session.CountActionAsync("fill");
            await password.Frame.Locator($"[data-gh-id='{password.Id}']").FillAsync(login.Password.Reveal(), new() { Timeout = timeout });
            await session.CountActionAsync("click");
            await button.Frame.Locator($"[data-gh-id='{button.Id}']").ClickAsync(new() { Timeout = timeout });
        }
        catch (System.TimeoutException)
        {
            // Playwright's message is not passed on: nothing typed into a sign-in form belongs in an event.
            return (inventory, wall with { Message = $"The {signIn.Platform} sign-in form did not respond." });
        }

        var after = await WaitForSignInAsync(inventory);
        if (after.Login)
        {
            await signIn.RefusedAsync(login);
            AssistLog.SignInResult(session.Context.Logger, signIn.Platform, login.Id, "was refused");
            await session.NarrateAsync("credentials_rejected", $"The page refused the stored {signIn.Platform} sign-in; it is marked invalid until it is stored again.",
                new { platform = signIn.Platform });
            return (after, wall with { Message = $"The page refused the stored {signIn.Platform} sign-in; store a new one and resume the job." });
        }

        await signIn.AcceptedAsync(login);
        AssistLog.SignInResult(session.Context.Logger, signIn.Platform, login.Id, "succeeded");
        session.SignedIn = true;
        await session.NarrateAsync("signed_in", $"Signed in to {signIn.Platform}.", new { platform = signIn.Platform });
        return (after, null);
    }

    /// <summary>The page after a sign-in click: once it stopped changing, or at the settle timeout.</summary>
    private async Task<PageInventory> WaitForSignInAsync(PageInventory before)
    {
        var deadline = DateTime.UtcNow + options.SettleTimeout;
        var inventory = before;
        string? last = null;
        var stable = 0;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, session.CancellationToken);
            inventory = await PageInventory.TakeAsync(Page);
            stable = inventory.Signature == last ? stable + 1 : 0;
            last = inventory.Signature;
            if (inventory.Signature != before.Signature && stable >= 2 && (!inventory.Login || inventory.Fields.Count + inventory.Buttons.Count > 0))
            {
                return inventory;
            }
        }

        return inventory;
    }

    private static bool IsEmpty(FormField f) => f.Kind switch
    {
        "checkbox" => f.Value != "true",
        _ => f.Value.Length == 0 && !f.Options.Any(o => o.Selected && !OptionMatcher.IsPlaceholder(o)),
    };

    private static FormOutcome? Blocker(PageInventory inventory) =>
        inventory.Captcha ? new FormOutcome.Blocked("captcha", "The page asks to prove a human is applying (captcha).")
        : inventory.Login ? new FormOutcome.Blocked("login", "The page asks to sign in before applying.")
        : null;

    private async Task<PageInventory?> WaitForChangeAsync(PageInventory before)
    {
        var deadline = DateTime.UtcNow + options.SettleTimeout;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, session.CancellationToken);
            var now = await PageInventory.TakeAsync(Page);
            if (now.Signature != before.Signature || PageReading.NextButton(now) is not null)
            {
                return now;
            }
        }

        return null;
    }

    private async Task<(Reaction, PageInventory)> AwaitReactionAsync(PageInventory before)
    {
        var started = DateTime.UtcNow;
        var deadline = started + options.SettleTimeout;
        string? last = null;
        var stable = 0;
        var inventory = before;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, session.CancellationToken);
            inventory = await PageInventory.TakeAsync(Page);
            if (PageReading.Confirmed(before, inventory) is not null)
            {
                return (Reaction.Confirmed, inventory);
            }

            var signature = inventory.Signature;
            stable = signature == last ? stable + 1 : 0;
            last = signature;
            var hasErrors = PageReading.Errors(inventory).Count > 0;
            if (signature != before.Signature && stable >= 2 && inventory.Fields.Count + inventory.Buttons.Count > 0)
            {
                return (hasErrors ? Reaction.Errors : Reaction.NextStep, inventory);
            }

            if (signature == before.Signature && stable >= 6 && inventory.Fields.Any(f => !string.IsNullOrEmpty(f.Native) && f.Required))
            {
                return (Reaction.Errors, inventory);
            }
        }

        return (Reaction.None, inventory);
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private enum Reaction
    {
        None,
        Confirmed,
        Errors,
        NextStep,
    }
}
