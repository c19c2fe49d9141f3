using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GhostHands.Contracts;

namespace GhostHands.Client;

/// <summary>Waiting for a job to end: by polling, or by following its Server-Sent Events stream.</summary>
public sealed partial class GhostHandsClient
{
    /// <summary>
    /// Polls <c>GET /jobs/{id}</c> every <paramref name="interval"/> (default 2 s) until the job is completed, failed,
    /// cancelled or expired, and answers it. Prefer <see cref="WatchAsync"/> where a stream is possible.
    /// </summary>
    /// <exception cref="TimeoutException">The job had not ended after <paramref name="timeout"/> (default 5 minutes).</exception>
    public async Task<Job> PollForCompletionAsync(
        Guid jobId, TimeSpan? interval = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var every = interval ?? TimeSpan.FromSeconds(2);
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        using var deadline = new CancellationTokenSource(limit);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        Job? last = null;
        try
        {
            while (true)
            {
                last = await GetJobAsync(jobId, linked.Token);
                if (last.IsTerminal)
                {
                    return last;
                }

                await Task.Delay(every, linked.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"Job {jobId} had not finished after {limit.TotalSeconds:0.#} s; last status {last?.Status.ToDb() ?? "unknown"}.");
        }
    }

    /// <summary>
    /// Follows <c>GET /jobs/{id}/stream</c> (Server-Sent Events): first the events after <paramref name="lastEventId"/>
    /// (all when null), then each new one as it happens; the sequence ends when the API sends <c>[DONE]</c>, that is
    /// once the job is completed, failed, cancelled or expired. A dropped connection is reopened with
    /// <c>Last-Event-ID</c> set to the last event received, so no event is missed or repeated.
    /// </summary>
    /// <exception cref="GhostHandsException">Code <c>job_not_found</c> when there is no such job.</exception>
    /// <exception cref="HttpRequestException">The stream could not be reopened <see cref="GhostHandsClientOptions.MaxStreamReconnects"/> times in a row.</exception>
    public async IAsyncEnumerable<JobEvent> WatchAsync(
        Guid jobId, long? lastEventId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = lastEventId;
        var reconnects = 0;
        while (true)
        {
            using var request = Request(HttpMethod.Get, $"jobs/{jobId}/stream", null, retrySafe: false);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            if (last is { } id)
            {
                request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
            }

            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                failure = e;
            }

            if (response is not null)
            {
                using (response)
                {
                    await ThrowIfFailedAsync(response, null, cancellationToken);
                    var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                    while (true)
                    {
                        ServerSentEvent? message;
                        try
                        {
                            message = await reader.ReadAsync(cancellationToken);
                        }
                        catch (Exception e) when (e is IOException or HttpRequestException)
                        {
                            failure = e;
                            break;
                        }

                        if (message is null)
                        {
                            // Ended without [DONE]: the API instance is stopping. Reconnect and carry on from the last id.
                            break;
                        }

                        if (message.Data == "[DONE]")
                        {
                            yield break;
                        }

                        var jobEvent = JsonSerializer.Deserialize<JobEvent>(message.Data, ContractJson.Options)!;
                        last = long.TryParse(message.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId) ? eventId : jobEvent.Id;
                        reconnects = 0;
                        yield return jobEvent;
                    }
                }
            }

            if (++reconnects > options.MaxStreamReconnects)
            {
                throw new HttpRequestException(
                    $"The event stream of job {jobId} broke {reconnects} times in a row without delivering an event.", failure);
            }

            await Task.Delay(options.RetryDelay * reconnects, cancellationToken);
        }
    }
}
