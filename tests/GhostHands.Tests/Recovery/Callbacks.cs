using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhostHands.Tests.Recovery;

/// <summary>Callbacks end to end: the API delivers them, signed, to a receiver the allow list lets it reach, and to nothing inside otherwise.</summary>
public sealed class WhenAJobHasACallbackUrl(PostgresServer postgres) : IAsyncLifetime
{
    private readonly List<IHost> workers = [];
    private readonly ConcurrentQueue<(byte[] Body, string? JobId, string? Timestamp, string? Signature)> received = new();
    private ApiFactory api = null!;
    private WebApplication receiver = null!;
    private int calls;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        // The first delivery fails, as a receiver that is briefly down would; the retry must get through.
        receiver.MapPost("/hooks/job", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (Interlocked.Increment(ref calls) == 1)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            received.Enqueue((body.ToArray(), request.Headers["X-GH-Job-Id"], request.Headers["X-GH-Timestamp"], request.Headers["X-GH-Signature"]));
            return Results.Ok();
        });
        await receiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await WorkerHosts.StopAllAsync(workers);
        await receiver.DisposeAsync();
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }

    [Fact]
    public async Task Its_final_state_is_posted_there_once_signed_despite_a_failed_first_delivery()
    {
        var client = await StartApiAsync(allowList: "loopback");
        workers.Add(await WorkerHosts.StartAsync(api.ConnectionString, "adam"));
        var url = $"{receiver.Urls.First()}/hooks/job";
        var job = await (await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { job_type = "system.ping", target_url = (string?)null, callback_url = url })))
            .Read<Job>();

        await Eventually.Until(() => Task.FromResult(received.Count), n => n > 0, TimeSpan.FromSeconds(60), "the callback to arrive");
        await Eventually.Until(
            () => api.DataSource.Scalar<bool>("SELECT callback_sent_at IS NOT NULL FROM gh_automation_jobs WHERE id = $1", job.Id),
            sent => sent, TimeSpan.FromSeconds(10), "the delivery to be recorded");

        var (body, jobId, timestamp, signature) = Assert.Single(received);
        Assert.Equal(job.Id.ToString(), jobId);
        var payload = JsonNode.Parse(body)!;
        Assert.Equal("completed", (string?)payload["status"]);
        Assert.Equal("adam", (string?)payload["worker_id"]);
        Assert.True(calls >= 2);
        Assert.True(VerifiesAsDocumented(ApiFactory.ServiceSecret, timestamp, signature, body), $"{timestamp} {signature}");
        Assert.False(VerifiesAsDocumented("another-secret-0123456789", timestamp, signature, body));
        Assert.False(VerifiesAsDocumented(ApiFactory.ServiceSecret, timestamp, signature, [.. body, (byte)' ']));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/hook")]
    [InlineData("http://[::1]/hook")]
    public async Task A_literal_inside_address_is_refused_at_submission_naming_callback_url(string url)
    {
        var client = await StartApiAsync(allowList: null);

        var response = await client.PostJson("/api/v1/gh/jobs", JobJson.NewJob(new { callback_url = url }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObject())["errors"]!.AsObject().ContainsKey("callback_url"));
        Assert.Equal(0L, await api.DataSource.Scalar<long>("SELECT count(*) FROM gh_automation_jobs"));
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_when_sent_and_recorded_as_callback_refused()
    {
        await StartApiAsync(allowList: null);
        // Inserted directly, as VALET's SQL channel may, so that nothing judged the URL on the way in.
        var id = await api.DataSource.Scalar<Guid>("""
            INSERT INTO gh_automation_jobs (user_id, job_type, status, callback_url, completed_at, result_summary)
            VALUES (gen_random_uuid(), 'system.ping', 'completed', $1, now(), 'done') RETURNING id
            """, $"http://localhost:{new Uri(receiver.Urls.First()).Port}/hooks/job");

        await Eventually.Until(
            () => api.DataSource.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND event_type = 'callback_refused'", id),
            n => n == 1, TimeSpan.FromSeconds(30), "the refusal to be recorded");

        Assert.Equal(0, calls);
        Assert.Contains("loopback", await api.DataSource.Scalar<string>(
            "SELECT metadata->>'reason' FROM gh_job_events WHERE job_id = $1 AND event_type = 'callback_refused'", id), StringComparison.Ordinal);
    }

    /// <summary>The receiver's check exactly as docs/callbacks.md gives it.</summary>
    private static bool VerifiesAsDocumented(string secret, string? timestamp, string? signature, byte[] body)
    {
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300 || signature is null)
        {
            return false;
        }

        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    private async Task<HttpClient> StartApiAsync(string? allowList)
    {
        api = new ApiFactory(postgres);
        if (allowList is not null)
        {
            api.Settings["Execution:TargetAllowList"] = allowList;
        }

        await api.InitializeAsync();
        return api.CreateAuthenticatedClient();
    }
}
