using GhostHands.Execution.Browser;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Jobs.Queries;
using GhostHands.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Tests.Usage;

/// <summary>
/// Cost control in a real worker with its Chromium against the fixture site: the budget preflight runs before any
/// browser, and the action limit stops an attempt. Each test starts its own worker, so its browser starts unlaunched.
/// </summary>
public sealed class WhenAJobMeetsItsBudget(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    private const string Form = "greenhouse-single-page";
    private static readonly Guid Spender = Guid.NewGuid();
    private static readonly Guid Saver = Guid.NewGuid();
    private FixtureSite site = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        site = await FixtureSite.StartAsync();
    }

    [Fact]
    public async Task A_job_its_users_month_cannot_cover_fails_before_any_browser_starts()
    {
        var worker = await StartWorkerAsync();
        var pool = worker.Services.GetRequiredService<BrowserPool>();
        // Free tier: 50 cents a month; a speed job needs 5, and 45.5 are spent.
        await Db.Execute("""
            INSERT INTO gh_user_usage (user_id, period_start, tier, job_count, total_cost_cents)
            VALUES ($1, date_trunc('month', now() AT TIME ZONE 'UTC')::date, 'free', 9, 45.5)
            """, Spender);

        var id = await InsertApplyAsync(Spender);
        var job = await Eventually.Until(() => GetJobEndpoint.FindAsync(Db, id, default), j => j!.Status.IsTerminal(), TimeSpan.FromSeconds(30), "the job to fail");

        Assert.Equal("budget_exceeded", job!.ErrorCode);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Null(pool.Current);
        Assert.Equal(0, pool.OpenContexts);
        Assert.Equal(0, job.ActionCount);
        Assert.Empty(site.Submissions);
        var refusal = await Db.Rows(
            "SELECT (metadata->>'remaining_budget_cents')::numeric, (metadata->>'task_budget_cents')::numeric FROM gh_job_events WHERE job_id = $1 AND event_type = 'budget_preflight_failed'",
            r => (r.GetDecimal(0), r.GetDecimal(1)), id);
        Assert.Equal((4.5m, 5m), Assert.Single(refusal));
        Assert.Equal(9, await Db.Scalar<int>("SELECT job_count FROM gh_user_usage WHERE user_id = $1", Spender));

        // The same worker starts its browser for a user with room left: what the assertions above rule out does happen.
        var other = await InsertApplyAsync(Saver);
        await Eventually.Until(() => GetJobEndpoint.FindAsync(Db, other, default), j => j!.Status.IsTerminal(), TimeSpan.FromSeconds(60), "the other job to finish");
        Assert.NotNull(pool.Current);
        Assert.Single(site.Submissions, s => s.Accepted);
    }

    [Fact]
    public async Task An_attempt_that_reaches_its_action_limit_fails_with_action_limit_exceeded()
    {
        await StartWorkerAsync(new Dictionary<string, string?> { ["Cost:ActionLimits:apply"] = "3" });

        var id = await InsertApplyAsync(Saver);
        var job = await Eventually.Until(() => GetJobEndpoint.FindAsync(Db, id, default), j => j!.Status.IsTerminal(), TimeSpan.FromSeconds(60), "the job to fail");

        Assert.Equal("action_limit_exceeded", job!.ErrorCode);
        Assert.Equal(3, job.ActionCount);
        Assert.Equal(3, await Db.Scalar<int>("SELECT action_count FROM gh_user_usage WHERE user_id = $1", Saver));
        Assert.Equal(1, await Db.Scalar<int>("SELECT job_count FROM gh_user_usage WHERE user_id = $1", Saver));
        Assert.Empty(site.Submissions);
        Assert.Equal(1L, await Db.Scalar<long>("SELECT count(*) FROM gh_job_events WHERE job_id = $1 AND event_type = 'cost_recorded'", id));
    }

    private async Task<IHost> StartWorkerAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Execution:TargetAllowList"] = "loopback", ["Artifacts:Root"] = Path.GetTempPath() };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var worker = await WorkerHosts.StartAsync(ConnectionString, $"budget-{Guid.NewGuid():N}"[..20], all);
        Workers.Add(worker);
        return worker;
    }

    private Task<Guid> InsertApplyAsync(Guid user)
    {
        var input = System.Text.Json.Nodes.JsonNode.Parse(FixtureCatalog.ApplicantJson)!.AsObject();
        var resume = Path.Combine(Path.GetTempPath(), FixtureCatalog.ResumeFileName);
        File.WriteAllBytes(resume, FixtureCatalog.ResumePdf());
        input["resumePath"] = resume;
        return Db.Scalar<Guid>(
            "INSERT INTO gh_automation_jobs (user_id, job_type, target_url, input_data, max_retries) VALUES ($1, 'apply', $2, $3::jsonb, 0) RETURNING id",
            user, site.FormUrl(Form).ToString(), input.ToJsonString());
    }
}
