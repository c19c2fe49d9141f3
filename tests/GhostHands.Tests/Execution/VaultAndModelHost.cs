using System.Diagnostics;
using System.Text.Json.Nodes;
using GhostHands.Execution.Browser;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Execution;

/// <summary>
/// <see cref="ExecutionHost"/> with the credentials vault on and a language model configured: the API and one real
/// worker (with its Chromium) share the vault key and point at <see cref="FakeLanguageModel"/>. Every log entry of
/// both, at every level, and every span's tags are kept for the secret scans.
/// </summary>
public sealed class VaultAndModelHost(PostgresServer postgres) : IAsyncLifetime
{
    /// <summary>Prices that make a call's cost easy to check: 1 cent per 1000 prompt tokens, 4 cents per 1000 completion tokens.</summary>
    public const decimal InputCentsPerMillion = 1_000m;
    public const decimal OutputCentsPerMillion = 4_000m;

    private readonly ActivityListener spans = new()
    {
        ShouldListenTo = _ => true,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> spanText = new();

    public ApiFactory Api { get; private set; } = null!;

    public FixtureSite Site { get; private set; } = null!;

    public FakeLanguageModel Model { get; private set; } = null!;

    public IHost Worker { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public LogCapture WorkerLogs { get; } = new();

    public LogCapture ApiLogs { get; } = new();

    /// <summary>Tags, events and names of every span that ended in this process since the host started.</summary>
    public IReadOnlyList<string> Spans => [.. spanText];

    public string ArtifactsRoot { get; } = Path.Combine(Path.GetTempPath(), $"gh-test-artifacts-{Guid.NewGuid():N}");

    public string ResumePath { get; private set; } = "";

    internal BrowserPool Browser => Worker.Services.GetRequiredService<BrowserPool>();

    public async ValueTask InitializeAsync()
    {
        spans.ActivityStopped = a => spanText.Enqueue(
            $"{a.Source.Name} {a.DisplayName} {string.Join(", ", a.TagObjects.Select(t => $"{t.Key}={t.Value}"))} "
            + string.Join(", ", a.Events.Select(e => e.Name + " " + string.Join(", ", e.Tags.Select(t => $"{t.Key}={t.Value}")))));
        ActivitySource.AddActivityListener(spans);
        Model = await FakeLanguageModel.StartAsync();
        Api = new ApiFactory(postgres) { ConfigureTestServices = ApiLogs.AddTo };
        Api.Settings["LanguageModel:BaseUrl"] = Model.BaseUrl;
        await Api.InitializeAsync();
        Client = Api.CreateAuthenticatedClient();
        Site = await FixtureSite.StartAsync();
        Directory.CreateDirectory(ArtifactsRoot);
        ResumePath = Path.Combine(ArtifactsRoot, FixtureCatalog.ResumeFileName);
        await File.WriteAllBytesAsync(ResumePath, FixtureCatalog.ResumePdf());
        Worker = await WorkerHosts.StartAsync(Api.ConnectionString, "vault-1", new Dictionary<string, string?>
        {
            ["Execution:TargetAllowList"] = "loopback",
            ["Artifacts:Root"] = ArtifactsRoot,
            ["Credentials:EncryptionKey"] = ApiFactory.EncryptionKey,
            ["LanguageModel:BaseUrl"] = Model.BaseUrl,
            ["LanguageModel:Model"] = FakeLanguageModel.Model,
            ["LanguageModel:InputCentsPerMillionTokens"] = InputCentsPerMillion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LanguageModel:OutputCentsPerMillionTokens"] = OutputCentsPerMillion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, WorkerLogs.AddTo);
    }

    public async Task ResetAsync()
    {
        await Api.ResetAsync();
        Site.Reset();
        Model.Reset();
    }

    /// <summary>Submits a job through the API as VALET does; returns its id.</summary>
    public async Task<Guid> SubmitAsync(string jobType, Uri target, JsonObject inputData, JsonObject? metadata = null)
    {
        var body = JobJson.NewJob(new Dictionary<string, object?>
        {
            ["job_type"] = jobType,
            ["target_url"] = target.ToString(),
            ["input_data"] = inputData,
            ["metadata"] = metadata ?? [],
            ["max_retries"] = 0,
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

    public Task<Job> WaitForEndAsync(Guid id, string what) =>
        Eventually.Until(() => GetAsync(id), j => j.Status.IsTerminal() || j.Status == JobStatus.Paused, TimeSpan.FromSeconds(60), what);

    public Task<List<(string Type, string? Message, string Metadata)>> EventsAsync(Guid id) =>
        Api.DataSource.Rows("SELECT event_type, message, metadata::text FROM gh_job_events WHERE job_id = $1 ORDER BY id",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)), id);

    public async ValueTask DisposeAsync()
    {
        await WorkerHosts.StopAllAsync([Worker]);
        await Site.DisposeAsync();
        await Model.DisposeAsync();
        Client.Dispose();
        await Api.DisposeAsync();
        spans.Dispose();
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
