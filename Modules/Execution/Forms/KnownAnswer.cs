namespace GhostHands.Execution.Forms;

/// <summary>An answer the applicant gave before to a question worded as <paramref name="Question"/>.</summary>
public sealed record KnownAnswer(string Question, string Answer);
