namespace GhostHands.Execution.Forms;

/// <summary>One field the engine filled: what it asked, the control's name, the value used and where it came from.</summary>
internal sealed record FilledField(string Label, string Field, string Value, string Source);

/// <summary>What the page showed that proves the application went through.</summary>
internal sealed record Confirmation(string Url, string? MatchedText);

/// <summary>A question the engine could not answer, as a person should see it.</summary>
internal sealed record OpenQuestion(string Question, string Field, string Kind, IReadOnlyList<string> Options);

/// <summary>How a form run ended.</summary>
internal abstract record FormOutcome
{
    public sealed record Submitted(Confirmation Evidence, IReadOnlyList<FilledField> Fields, int Submissions) : FormOutcome;

    public sealed record Blocked(string Blocker, string Message) : FormOutcome;

    public sealed record NeedsAnswers(IReadOnlyList<OpenQuestion> Questions) : FormOutcome;

    /// <summary>The page rejected the submission and nothing can change that: no repair, or the same errors after one.</summary>
    public sealed record Rejected(string Message, IReadOnlyList<FilledField> Fields, IReadOnlyList<string> Errors, int Submissions) : FormOutcome;

    public sealed record NotConfirmed(string Message, IReadOnlyList<FilledField> Fields, IReadOnlyList<string> Errors) : FormOutcome;
}
