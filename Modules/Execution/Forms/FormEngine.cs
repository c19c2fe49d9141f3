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
internal sealed partial class FormEngine(
    JobSession session, ApplyInput input, string? resumeFile, ExecutionOptions options, StoredSignIn? signIn = null, ScreeningAssistant? assistant = null)
{
    /// <summary>Clicks on next/continue/submit before the run gives up; covers long wizards.</summary>
    public const int MaxClicks = 15;

    /// <summary>How often one field is filled within a step before the engine stops retrying it.</summary>
    public const int MaxFillsPerField = 3;

    /// <summary>
    /// How long the page may take to show follow-up questions after a choice is made, before the step is judged
    /// complete. Paid in full once per fill pass that made a choice and after which nothing new appeared; a page that
    /// shows a follow-up ends the wait as soon as it is read.
    /// </summary>
    public static readonly TimeSpan RevealWait = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(150);
    private readonly Dictionary<string, FilledField> filled = [];
    private readonly Dictionary<string, int> fillCounts = [];
    private readonly List<OpenQuestion> unfillable = [];
    private readonly Dictionary<string, string> assisted = [];
    private readonly HashSet<string> asked = [];
    private readonly RefusedFormats formats = new();
    private bool signInTried;
    private int browserRefusals;
    private ServerErrors serverErrors = null!;

    private IPage Page => session.Page;

    private PageQuiet Quiet => session.Quiet;

    public async Task<FormOutcome> RunAsync()
    {
        using var errors = serverErrors = new ServerErrors(Page);
        StartBudget();
        return await RunGuardedAsync(RunStepsAsync);
    }

    /// <summary>The page as it is now, with the field messages of the server's last refusal on the fields they name.</summary>
    private async Task<PageInventory> ReadPageAsync()
    {
        await serverErrors.ReadAsync();
        return serverErrors.Apply(await PageInventory.TakeAsync(Page));
    }

    private async Task<FormOutcome> RunStepsAsync()
    {
        var inventory = await WaitForFormAsync();
        var rejections = 0;
        var guard = new SubmitGuard(options.MaxSubmitAttempts);
        IReadOnlyList<string> lastErrors = [];
        for (var click = 0; click < MaxClicks && !BudgetSpent; click++)
        {
            if (await DismissNoticeAsync(inventory) is { } uncovered)
            {
                inventory = uncovered;
                continue;
            }

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
            if (await OpenSectionsAsync(inventory) is { } opened && !ReferenceEquals(opened, inventory))
            {
                inventory = await FillPassAsync(opened);
            }

            if ((Blocker(inventory) ?? (BudgetSpent ? OutOfTime(lastErrors) : null) ?? await StuckControlsAsync(inventory)) is { } late)
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

            var button = ConsentGate.Next(inventory);
            if (button is null)
            {
                await ReadStatementToEndAsync(inventory);
                var changed = await WaitForChangeAsync(inventory);
                if (changed is null)
                {
                    return await NothingToClickAsync(inventory, lastErrors);
                }

                inventory = changed;
                continue;
            }

            var final = PageReading.IsFinalSubmit(button);
            if (final && guard.Refusal(WithPresses(filled)) is { } verdict && FlaggedFields.Describe(verdict, inventory, lastErrors, inoperable) is var refusal)
            {
                await session.NarrateAsync("submission_rejected", refusal, new { errors = lastErrors, submissions = guard.Submissions });
                return new FormOutcome.Rejected(refusal, Filled, lastErrors, guard.Submissions);
            }

            await session.ScreenshotAsync(final ? $"before-submit-{guard.Submissions + 1}" : $"step-{click + 1}");
            var before = inventory;
            using (var step = BrowserSteps.Start(session.Context, final ? BrowserSteps.Submit : BrowserSteps.ClickNext))
            {
                step?.SetTag("gh.button", button.Text);
                // "final" is written before the click, so a crash mid-click still leaves a record that a submit may have gone out.
                await session.NarrateAsync("step_started", $"Clicking \"{button.Text}\".", new { button = button.Text, final });
                lastStep = $"\"{button.Text}\" (click {click + 1})";
                await session.CountActionAsync("click");
                if (final)
                {
                    serverErrors.Clear();
                }

                if (await ClickStepAsync(button) is { } covered)
                {
                    // Nothing was clicked, so nothing was sent: what covers the button (a dialog, a layer, a banner) is
                    // cleared or dealt with on the page read next; a button still covered after that ends the run.
                    await session.NarrateAsync("step_completed", $"\"{button.Text}\" could not be clicked: {Short(covered)}.", new { button = button.Text, clicked = false });
                    if (!await ClearCoverAsync(button) && ++blockedClicks >= MaxBlockedClicks)
                    {
                        return new FormOutcome.NotConfirmed($"\"{button.Text}\" could not be clicked: {covered}.", Filled, lastErrors);
                    }

                    inventory = await ReadPageAsync();
                    continue;
                }

                if (final)
                {
                    guard.Clicked(WithPresses(filled));
                    await session.NarrateAsync("form_submitted", $"Submitted the form (attempt {guard.Submissions}).", new { attempt = guard.Submissions });
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
            // Any click may be refused by the browser's own validation: the page's script can call checkValidity() for a
            // button outside any <form> (a web component's, a wizard's) just as a native submit does.
            if (reaction is Reaction.None or Reaction.Errors && after.Signature == before.Signature
                && await RefusedByBrowserAsync(final ? guard : null) is { } browserErrors)
            {
                if (browserErrors.Count == 0)
                {
                    return new FormOutcome.NotConfirmed($"The browser refused the submit {browserRefusals} times: {Short(string.Join("; ", lastErrors))}", Filled, lastErrors);
                }

                lastErrors = browserErrors;
                inventory = await ReadPageAsync();
                if (UnrepairedRefusal(inventory) is { } unrepaired)
                {
                    return new FormOutcome.NeedsAnswers(unrepaired);
                }

                fillCounts.Clear();
                continue;
            }

            switch (reaction)
            {
                case Reaction.Confirmed:
                    guard.Accepted(nextStep: false);
                    var evidence = PageReading.Confirmed(before, after)!;
                    await session.ScreenshotAsync("confirmation");
                    await session.NarrateAsync("step_completed", $"The page confirmed the application: \"{evidence.MatchedText}\".", evidence);
                    return new FormOutcome.Submitted(evidence, Filled, guard.Submissions);
                case Reaction.Errors:
                    lastErrors = PageReading.Errors(after);
                    rejections++;
                    await session.ScreenshotAsync($"validation-errors-{rejections}");
                    await session.NarrateAsync("validation_errors", $"The page reported {lastErrors.Count} problem(s): {Short(string.Join("; ", lastErrors))}", new { errors = lastErrors });
                    if (final && guard.Rejected(lastErrors))
                    {
                        var same = FlaggedFields.Describe("The page rejected the repaired submission with the same errors.", after, lastErrors, inoperable);
                        await session.NarrateAsync("submission_rejected", same, new { errors = lastErrors, submissions = guard.Submissions });
                        return new FormOutcome.Rejected(same, Filled, lastErrors, guard.Submissions);
                    }

                    if (!final && rejections >= options.MaxSubmitAttempts)
                    {
                        return new FormOutcome.NotConfirmed($"The page still reported errors after {rejections} attempts.", Filled, lastErrors);
                    }

                    fillCounts.Clear();
                    break;
                case Reaction.NextStep:
                    if (final)
                    {
                        guard.Accepted(nextStep: true);
                    }

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

        return BudgetSpent ? OutOfTime(lastErrors) : new FormOutcome.NotConfirmed($"No confirmation after {MaxClicks} clicks.", Filled, lastErrors);
    }

    private IReadOnlyList<FilledField> Filled => [.. filled.Values];

    private List<OpenQuestion> OpenQuestions(PageInventory inventory)
    {
        // A field the page or server flagged ("is required") counts as required even without a mark.
        return inventory.Fields
            .Where(f => (f.Required || f.Error.Length > 0) && IsEmpty(f) && f.Kind != "file" && Answer(f, inventory) is null)
            .Select(f => new OpenQuestion(WidgetAnswers.Question(f), f.Name, f.Kind, [.. f.Options.Where(o => !OptionMatcher.IsPlaceholder(o)).Select(o => o.Text)]))
            .Concat(unfillable)
            .Where(q => q.Question.Length > 0)
            .DistinctBy(q => q.Question)
            .ToList();
    }

    /// <summary>The field's answer in the shape it asks for (none for a box that only reads the resume): a split widget's
    /// part (calling code, national number, month of a date), a source level, the model's fitting answer, the applicant's data.</summary>
    private FieldAnswer? Answer(FormField field, PageInventory inventory) =>
        ResumeUploads.LeftAlone(field, inventory, f => Planned(f) is not null) ? null : Peeked(field) is { } seen ? Answer(seen, inventory)
        : SourceLevels.Plan(field, inventory, Planned) is (true, var level) ? level
        : (WidgetAnswers.Plan(field, inventory with { Fields = [.. inventory.Fields.Select(f => Peeked(f) ?? f)] }, input, Planned) ?? Planned(field)) is { } answer
            ? formats.Apply(field, answer) : null;

    private FormField? Peeked(FormField field) =>
        field.Options.Count == 0 && peeked.TryGetValue(field.Key, out var seen) && seen.Count > 0 ? field with { Options = seen } : null;

    private FieldAnswer? Planned(FormField field) =>
        (assisted.TryGetValue(field.Label, out var value) ? AnswerPlanner.Fit(field, new FieldAnswer(value, "model", [], field.Label)) : null)
        ?? AnswerPlanner.Plan(field, input, resumeFile);

    private static bool IsEmpty(FormField f) => f.Kind switch
    {
        "checkbox" => f.Value != "true",
        _ => f.Value.Length == 0 && !f.Options.Any(o => o.Selected && !OptionMatcher.IsPlaceholder(o)),
    };

    private static FormOutcome? Blocker(PageInventory inventory) =>
        inventory.Captcha ? new FormOutcome.Blocked("captcha", "The page asks to prove a human is applying (captcha).")
        : inventory.Login ? new FormOutcome.Blocked("login", "The page asks to sign in before applying.")
        : null;

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private enum Reaction
    {
        None,
        Confirmed,
        Errors,
        NextStep,
    }
}
