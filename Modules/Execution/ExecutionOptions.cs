namespace GhostHands.Execution;

/// <summary>Browser execution settings (section <c>Execution</c>).</summary>
public sealed class ExecutionOptions
{
    public const string Section = "Execution";
    public const string DefaultBrowserPath = "/usr/bin/chromium";

    /// <summary>Debian's <c>chromium-headless-shell</c>: the same engine without the desktop browser's UI layers.</summary>
    public const string HeadlessShellPath = "/usr/bin/chromium-headless-shell";

    /// <summary>
    /// Comma list of targets the URL guard lets through although they are not public: the keywords <c>loopback</c>
    /// and <c>private</c>, host names and CIDRs (<c>10.1.0.0/16</c>). Default empty: public addresses only.
    /// Env <c>GH_TARGET_ALLOWLIST</c>.
    /// </summary>
    public string TargetAllowList { get; set; } = "";

    /// <summary>
    /// The Chromium the worker drives (Debian's packages, never a Playwright download). Default: when headless,
    /// <c>/usr/bin/chromium-headless-shell</c> if installed, which needs about a third of the memory per job of the
    /// full browser; otherwise <c>/usr/bin/chromium</c>. Env <c>GH_BROWSER_PATH</c>.
    /// </summary>
    public string? BrowserPath { get; set; }

    /// <summary>Extra Chromium switches, space separated, appended to the built-in ones.</summary>
    public string BrowserArgs { get; set; } = "";

    /// <summary>The executable to launch: <see cref="BrowserPath"/> when set, else the default described there.</summary>
    public string ResolveBrowserPath() =>
        !string.IsNullOrWhiteSpace(BrowserPath) ? BrowserPath
        : Headless && File.Exists(HeadlessShellPath) ? HeadlessShellPath
        : DefaultBrowserPath;

    /// <summary>Default true. False shows the window, for debugging on a desktop.</summary>
    public bool Headless { get; set; } = true;

    /// <summary>Longest wait for one navigation; default 30 s.</summary>
    public TimeSpan NavigationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for a form to render its fields or react to a click; default 10 s.</summary>
    public TimeSpan SettleTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Submissions the engine makes after the server or page rejected one; default 3.</summary>
    public int MaxSubmitAttempts { get; set; } = 3;
}
