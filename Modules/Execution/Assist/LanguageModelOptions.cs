namespace GhostHands.Execution.Assist;

/// <summary>
/// The optional language model (section <c>LanguageModel</c>), any OpenAI-compatible chat completions endpoint. It is on
/// when <see cref="ApiKey"/> or <see cref="BaseUrl"/> is set; off, the engine pauses on what it cannot answer, as
/// without it. Prices turn the tokens each call reports into the cents charged to the job and its user.
/// </summary>
public sealed class LanguageModelOptions
{
    public const string Section = "LanguageModel";
    public const string DefaultModel = "gpt-4o-mini";

    /// <summary>Model name sent with each request; default <c>gpt-4o-mini</c>. Env <c>GH_DEFAULT_MODEL</c>.</summary>
    public string Model { get; set; } = DefaultModel;

    /// <summary>Bearer key of the endpoint. Env <c>GH_LLM_API_KEY</c>, else <c>OPENAI_API_KEY</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Base URL of an OpenAI-compatible API (…/v1); default OpenAI's. Env <c>GH_LLM_BASE_URL</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Price of a million prompt tokens, in cents; default 15 (gpt-4o-mini).</summary>
    public decimal InputCentsPerMillionTokens { get; set; } = 15m;

    /// <summary>Price of a million completion tokens, in cents; default 60 (gpt-4o-mini).</summary>
    public decimal OutputCentsPerMillionTokens { get; set; } = 60m;

    /// <summary>Longest answer asked for; also what the budget check assumes a call may return. Default 100.</summary>
    public int MaxOutputTokens { get; set; } = 100;

    /// <summary>Longest wait for one answer; default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) || !string.IsNullOrWhiteSpace(BaseUrl);

    /// <summary>Cents for a call of the given size, to four decimals as <c>llm_cost_cents</c> keeps them.</summary>
    public decimal PriceCents(long inputTokens, long outputTokens) =>
        Math.Round((inputTokens * InputCentsPerMillionTokens + outputTokens * OutputCentsPerMillionTokens) / 1_000_000m, 4, MidpointRounding.ToPositiveInfinity);

    /// <summary>Null when usable, else what is wrong.</summary>
    public string? Problem() =>
        !string.IsNullOrWhiteSpace(BaseUrl) && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            ? "GH_LLM_BASE_URL (LanguageModel:BaseUrl) must be an absolute http(s) URL such as https://api.openai.com/v1."
            : string.IsNullOrWhiteSpace(Model) ? "GH_DEFAULT_MODEL (LanguageModel:Model) must not be empty."
            : InputCentsPerMillionTokens < 0 || OutputCentsPerMillionTokens < 0 ? "LanguageModel prices must not be negative."
            : MaxOutputTokens is < 1 or > 4096 ? "LanguageModel:MaxOutputTokens must be between 1 and 4096."
            : Timeout <= TimeSpan.Zero ? "LanguageModel:Timeout must be positive."
            : null;
}
