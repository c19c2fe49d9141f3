using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Execution.Browser;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Execution;

/// <summary>
/// The whole system for browser jobs, shared by one test class: the API in process, one real worker with its
/// Chromium, and the fixture ATS site on loopback (allowed through the target guard).
/// </summary>
public sealed class ExecutionHost(PostgresServer postgres) : IAsyncLifetime
{
    public ApiFactory Api { get; } = new(postgres);

    public FixtureSite Site { get; private set; } = null!;

    public IHost Worker { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ArtifactsRoot { get; } = Path.Combine(Path.GetTempPath(), $"gh-test-artifacts-{Guid.NewGuid():N}");

    public string ResumePath { get; private set; } = "";

    internal BrowserPool Browser => Worker.Services.GetRequiredService<BrowserPool>();

    public async ValueTask InitializeAsync()
    {
        await Api.InitializeAsync();
        Client = Api.CreateAuthenticatedClient();
        Site = await FixtureSite.StartAsync();
        Directory.CreateDirectory(ArtifactsRoot);
        ResumePath = Path.Combine(ArtifactsRoot, FixtureCatalog.ResumeFileName);
        await File.WriteAllBytesAsync(ResumePath, FixtureCatalog.ResumePdf());
        Worker = await WorkerHosts.StartAsync(Api.ConnectionString, "browser-1", new Dictionary<string, string?>
        {
            ["Execution:TargetAllowList"] = "loopback",
            ["Artifacts:Root"] = ArtifactsRoot,
            ["Retry:BaseDelay"] = "00:00:00.200",
        });
    }

    public async Task ResetAsync()
    {
        await Api.ResetAsync();
        Site.Reset();
    }

    /// <summary>Submits an apply (or other) job through the API, as VALET does; returns its id.</summary>
    public async Task<Guid> SubmitAsync(string jobType, Uri? target, JsonObject? inputData = null, int maxRetries = 0)
    {
        var body = JobJson.NewJob(new Dictionary<string, object?>
        {
            ["job_type"] = jobType,
            ["target_url"] = target?.ToString(),
            ["input_data"] = inputData ?? new JsonObject(),
            ["max_retries"] = maxRetries,
        });
        var response = await Client.PostJson("/api/v1/gh/jobs", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Read<Job>()).Id;
    }

    /// <summary>The fixture applicant plus the resume as a local file.</summary>
    public JsonObject ApplicantInput()
    {
        var input = JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        input["resumePath"] = ResumePath;
        return input;
    }

    public Task<Job> GetAsync(Guid id) => Client.GetFromJson<Job>($"/api/v1/gh/jobs/{id}");

    public Task<Job> WaitForStatusAsync(Guid id, Func<JobStatus, bool> done, TimeSpan timeout, string what) =>
        Eventually.Until(() => GetAsync(id), j => done(j.Status), timeout, what);

    public Task<List<(string Type, string? Message, string Metadata)>> EventsAsync(Guid id) =>
        Api.DataSource.Rows("SELECT event_type, message, metadata::text FROM gh_job_events WHERE job_id = $1 ORDER BY id",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)), id);

    public async ValueTask DisposeAsync()
    {
        await WorkerHosts.StopAllAsync([Worker]);
        await Site.DisposeAsync();
        Client.Dispose();
        await Api.DisposeAsync();
        try
        {
            Directory.Delete(ArtifactsRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
