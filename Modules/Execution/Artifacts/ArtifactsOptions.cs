namespace GhostHands.Execution.Artifacts;

/// <summary>Where screenshots and other job artifacts go (section <c>Artifacts</c>).</summary>
public sealed class ArtifactsOptions
{
    public const string Section = "Artifacts";

    /// <summary>Local folder holding one sub-folder per job; default <c>{temp}/ghosthands-artifacts</c>. Env <c>GH_ARTIFACTS_ROOT</c>.</summary>
    public string Root { get; set; } = Path.Combine(Path.GetTempPath(), "ghosthands-artifacts");
}
