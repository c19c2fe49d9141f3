namespace GhostHands.Execution.Forms;

public sealed record KnownAnswer(string Question, string Answer);
