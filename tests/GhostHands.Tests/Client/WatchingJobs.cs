using System.Collections.Concurrent;
using System.Text.Json;
using GhostHands.Client;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Client;

/// <summary><c>WatchAsync</c> over the API's real SSE stream while a real worker runs the job.</summary>
[Collection(ApiWithWorkersCollection.Name)]
public sealed class WhenWatchingAJob(ApiWithWorkers stack) : IAsyncLifetime
{
    private readonly GhostHandsClient client = stack.CreateClient();

    public async ValueTask InitializeAsync() => await stack.ResetAsync();

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task WatchAsync_yields_every_event_of_the_job_and_ends_when_it_ends()
    {
        var job = await SubmitPing("sarah", sleepMs: 1000);

        var watched = await WatchToEnd(client, job.Id);

        var recorded = await client.GetEventsAsync(job.Id);
        Assert.Equal(recorded.Select(e => e.Id), watched.Select(e => e.Id));
        Assert.Equal("job_created", watched[0].EventType);
        Assert.Contains(watched, e => e.ToStatus == "running" && e.Actor == "worker:sarah");
        Assert.Equal("completed", watched[^1].ToStatus);
        Assert.All(watched, e => Assert.Equal(job.Id, e.JobId));
    }

    [Fact]
    public async Task WatchAsync_from_an_event_id_yields_only_the_later_events()
    {
        var job = await SubmitPing("adam", sleepMs: 0);
        var all = await WatchToEnd(client, job.Id);

        var later = new List<JobEvent>();
        await foreach (var e in client.WatchAsync(job.Id, lastEventId: all[1].Id, TestContext.Current.CancellationToken))
        {
            later.Add(e);
        }

        Assert.Equal(all.Skip(2).Select(e => e.Id), later.Select(e => e.Id));
    }

    [Fact]
    public async Task A_dropped_stream_is_reopened_with_Last_Event_ID_and_no_event_is_missed_or_repeated()
    {
        var cutter = new CutFirstStreamAfterOneEvent();
        using var http = new HttpClient(cutter);
        using var flaky = new GhostHandsClient(http, new GhostHandsClientOptions
        {
            BaseUrl = stack.BaseUrl.ToString(),
            ServiceKey = ApiFactory.ServiceSecret,
            RetryDelay = TimeSpan.FromMilliseconds(50),
        });
        var job = await SubmitPing("sarah", sleepMs: 1000);

        var watched = await WatchToEnd(flaky, job.Id);

        var recorded = await client.GetEventsAsync(job.Id);
        Assert.Equal(recorded.Select(e => e.Id), watched.Select(e => e.Id));
        Assert.Equal([null, recorded[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], cutter.LastEventIds);
    }

    [Fact]
    public async Task Watching_an_unknown_job_throws_job_not_found()
    {
        var error = await Assert.ThrowsAsync<GhostHandsException>(async () =>
        {
            await foreach (var e in client.WatchAsync(Guid.NewGuid(), cancellationToken: TestContext.Current.CancellationToken))
            {
                Assert.Fail($"unexpected event {e}");
            }
        });

        Assert.Equal("job_not_found", error.Code);
    }

    private Task<Job> SubmitPing(string worker, int sleepMs) =>
        client.CreateJobAsync(JobJson.UserId, new CreateJobOptions
        {
            JobType = JobTypes.SystemPing,
            TargetWorkerId = worker,
            InputData = new { sleep_ms = sleepMs },
        });

    private static async Task<List<JobEvent>> WatchToEnd(GhostHandsClient watcher, Guid jobId)
    {
        // A deadline so a broken stream fails the test instead of hanging it.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = new List<JobEvent>();
        await foreach (var e in watcher.WatchAsync(jobId, cancellationToken: deadline.Token))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>
    /// A transport that breaks the first event stream right after its first event, as a proxy or network would, and
    /// records the <c>Last-Event-ID</c> of every stream request.
    /// </summary>
    private sealed class CutFirstStreamAfterOneEvent() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int streams;

        public ConcurrentQueue<string?> LastEventIdsQueue { get; } = new();

        public IReadOnlyList<string?> LastEventIds => [.. LastEventIdsQueue];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!request.RequestUri!.AbsolutePath.EndsWith("/stream", StringComparison.Ordinal))
            {
                return response;
            }

            LastEventIdsQueue.Enqueue(request.Headers.TryGetValues("Last-Event-ID", out var ids) ? ids.Single() : null);
            if (Interlocked.Increment(ref streams) > 1)
            {
                return response;
            }

            var original = response.Content;
            var cut = new StreamContent(new BreakAfterFirstEvent(await original.ReadAsStreamAsync(cancellationToken)));
            foreach (var header in original.Headers)
            {
                cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = cut;
            return response;
        }
    }

    /// <summary>Passes bytes through up to the end of the first event (the first blank line), then fails like a reset connection.</summary>
    private sealed class BreakAfterFirstEvent(Stream inner) : Stream
    {
        private readonly List<byte> seen = [];
        private bool broken;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (broken)
            {
                throw new IOException("The connection was reset.");
            }

            // One byte at a time, so the cut lands exactly after the first "\n\n".
            var read = await inner.ReadAsync(buffer[..1], cancellationToken);
            if (read == 1)
            {
                seen.Add(buffer.Span[0]);
                broken = seen.Count >= 2 && seen[^1] == '\n' && seen[^2] == '\n';
            }

            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>The event-stream reader on its own: the parts of the format the API uses and the ones it might.</summary>
public sealed class ServerSentEventReading
{
    [Fact]
    public async Task Comments_are_skipped_and_multi_line_data_is_joined()
    {
        var reader = Reader(": keep-alive\n\nid: 7\nevent: step\ndata: {\"a\":\ndata: 1}\n\ndata: [DONE]\n\n");

        var first = await reader.ReadAsync(CancellationToken.None);
        var second = await reader.ReadAsync(CancellationToken.None);
        var end = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(new ServerSentEvent("7", "step", "{\"a\":\n1}"), first);
        Assert.Equal(new ServerSentEvent(null, null, "[DONE]"), second);
        Assert.Null(end);
    }

    [Fact]
    public async Task An_event_without_data_is_not_dispatched()
    {
        var reader = Reader("id: 3\nevent: nothing\n\ndata:x\r\n\r\n");

        Assert.Equal(new ServerSentEvent(null, null, "x"), await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public void The_api_event_json_reads_into_AutomationJobEvent()
    {
        var json = """{"id":5,"job_id":"6f1c1f2e-0000-4000-8000-000000000001","event_type":"status_changed","from_status":"queued","to_status":"running","actor":"worker:adam","message":null,"metadata":{"worker_id":"adam"},"created_at":"2026-02-15T10:00:00+00:00"}""";

        var e = JsonSerializer.Deserialize<JobEvent>(json, ContractJson.Options)!;

        Assert.Equal(5, e.Id);
        Assert.Equal("running", e.ToStatus);
        Assert.Equal("adam", e.Metadata.GetProperty("worker_id").GetString());
    }

    private static ServerSentEventReader Reader(string text) => new(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
}
