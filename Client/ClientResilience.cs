using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace GhostHands.Client;

/// <summary>
/// The retry policy of every client. Only a request that can be repeated without doing its work twice is retried:
/// GET and HEAD, and requests the client marked safe (<see cref="RetrySafe"/>): a submission whose jobs all carry an
/// idempotency key, and the idempotent drain, pause and resume. Cancel and retry are not: a repeat after a lost
/// response would answer 409 for work that was done.
/// </summary>
internal static class ClientResilience
{
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("GhostHands.RetrySafe");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, GhostHandsClientOptions options)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return;
        }

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(
                IsSafeToRepeat(args.Context.GetRequestMessage()) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
        });
    }

    public static ResiliencePipeline<HttpResponseMessage> Build(GhostHandsClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        Configure(builder, options);
        return builder.Build();
    }

    public static bool IsSafeToRepeat(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head
            || (request.Options.TryGetValue(RetrySafe, out var safe) && safe));
}
