namespace GhostHands.Execution;

/// <summary>Browser execution settings (section <c>Execution</c>).</summary>
public sealed class ExecutionOptions
{
    public const string Section = "Execution";
    public const string DefaultBrowserPath = "/usr/bin/chromium";

    /// <summary>
    /// Comma list of targets the URL guard lets through although they are not public: the keywords <c>loopback</c>
    /// and <c>private</c>, host names and CIDRs (<c>10.1.0.0/16</c>). Default empty: public addresses only.
    /// Env <c>GH_TARGET_ALLOWLIST</c>.
    /// </summary>
    public string TargetAllowList { get; set; } = "";

    /// <summary>The Chromium the worker drives; default <c>/usr/bin/chromium</c> (Debian's package, not a Playwright download).</summary>
    public string BrowserPath { get; set; } = DefaultBrowserPath;

    /// <summary>Default true. False shows the window, for debugging on a desktop.</summary>
    public bool Headless { get; set; } = true;

    /// <summary>Longest wait for one navigation; default 30 s.</summary>
    public TimeSpan NavigationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for a form to render its fields or react to a click; default 10 s.</summary>
    public TimeSpan SettleTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Submissions the engine makes after the server or page rejected one; default 3.</summary>
    public int MaxSubmitAttempts { get; set; } = 3;
}
