using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Fixtures;
using GhostHands.Jobs;
using GhostHands.Tests.Execution;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Credentials;

/// <summary>
/// The fixture form behind a sign-in page, with the user's sign-in stored in the vault for platform
/// <c>successfactors</c>: the worker signs in, applies, keeps the session for the next job, and no secret leaves it.
/// </summary>
public sealed class WhenAFormIsBehindASignIn(VaultAndModelHost host) : IClassFixture<VaultAndModelHost>, IAsyncLifetime
{
    private const string Form = "successfactors-account-apply";
    private const string EstateQuestion = "Which of our estates would you most like to work at?";
    private static readonly AccountExpectation Account = FixtureCatalog.Expected(Form).Account!;

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task With_a_stored_sign_in_the_job_signs_in_and_applies()
    {
        await StoreSignInAsync(Account.Password);

        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), Input(answerEstate: true));
        var job = await host.WaitForEndAsync(id, "the job to finish");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        var submission = await host.Site.WaitForSubmissionAsync(Form, TimeSpan.FromSeconds(5));
        Assert.Empty(FixtureCatalog.Expected(Form).Problems(submission));
        Assert.Equal("Sonoma", submission.Value("estate"));
        Assert.True(Assert.Single(host.Site.SignIns).Accepted);
        var events = (await host.EventsAsync(id)).Select(e => e.Type).ToList();
        Assert.Contains("signed_in", events);
        Assert.Contains("session_saved", events);
        Assert.Empty(host.Model.Requests);

        var stored = (await ListAsync()).Single(c => c.GetProperty("credential_type").GetString() == "password");
        Assert.True(stored.GetProperty("is_valid").GetBoolean());
        Assert.Equal(JsonValueKind.String, stored.GetProperty("last_verified_at").ValueKind);
    }

    [Fact]
    public async Task The_next_job_reuses_the_saved_session_and_does_not_sign_in_again()
    {
        await StoreSignInAsync(Account.Password);
        var first = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), Input(answerEstate: true));
        Assert.Equal(JobStatus.Completed, (await host.WaitForEndAsync(first, "the first job")).Status);

        var second = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), Input(answerEstate: true));
        var job = await host.WaitForEndAsync(second, "the second job");

        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        Assert.Equal(2, host.Site.Submissions.Count(s => s.Accepted));
        Assert.Single(host.Site.SignIns);
        var events = (await host.EventsAsync(second)).Select(e => e.Type).ToList();
        Assert.Contains("session_restored", events);
        Assert.DoesNotContain("signed_in", events);
        var session = (await ListAsync()).Single(c => c.GetProperty("credential_type").GetString() == "session_cookies");
        Assert.Equal("127.0.0.1", session.GetProperty("platform").GetString());
    }

    [Fact]
    public async Task Without_a_stored_sign_in_the_job_pauses_at_the_wall_as_before()
    {
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), Input(answerEstate: true));
        var job = await host.WaitForEndAsync(id, "the job to stop");

        Assert.Equal(JobStatus.Paused, job.Status);
        var blocked = Assert.Single(await host.EventsAsync(id), e => e.Type == "blocker_detected");
        Assert.Equal("login", JsonDocument.Parse(blocked.Metadata).RootElement.GetProperty("blocker").GetString());
        Assert.Empty(host.Site.SignIns);
        Assert.Empty(host.Site.Submissions);
    }

    [Fact]
    public async Task A_refused_sign_in_pauses_and_marks_the_credential_invalid()
    {
        await StoreSignInAsync("not-the-password");

        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), Input(answerEstate: true));
        var job = await host.WaitForEndAsync(id, "the job to stop");

        Assert.Equal(JobStatus.Paused, job.Status);
        Assert.False(Assert.Single(host.Site.SignIns).Accepted);
        var events = await host.EventsAsync(id);
        Assert.Single(events, e => e.Type == "credentials_rejected");
        Assert.Single(events, e => e.Type == "blocker_detected");
        Assert.Empty(host.Site.Submissions);
        Assert.False((await ListAsync()).Single().GetProperty("is_valid").GetBoolean());
    }

    [Fact]
    public async Task No_secret_reaches_logs_events_job_fields_responses_spans_or_prompts()
    {
        await StoreSignInAsync(Account.Password);
        host.Model.Answer = "Sonoma";
        var before = (Worker: host.WorkerLogs.Entries.Count, Api: host.ApiLogs.Entries.Count, Spans: host.Spans.Count);

        // The estate question is left to the language model, so the prompt is part of what is scanned.
        var id = await host.SubmitAsync(JobTypes.Apply, host.Site.FormUrl(Form), Input(answerEstate: false));
        var job = await host.WaitForEndAsync(id, "the job to finish");
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status} {job.ErrorCode} {job.StatusMessage}");
        Assert.True(Assert.Single(host.Site.SignIns).Accepted);
        Assert.Single(host.Model.Requests);

        var scanned = new Dictionary<string, IReadOnlyList<string>>
        {
            ["worker log"] = host.WorkerLogs.Entries.Skip(before.Worker).ToList(),
            ["api log"] = host.ApiLogs.Entries.Skip(before.Api).ToList(),
            ["spans"] = host.Spans.Skip(before.Spans).ToList(),
            ["events"] = (await host.EventsAsync(id)).Select(e => $"{e.Type} {e.Message} {e.Metadata}").ToList(),
            ["job row"] = await host.Api.DataSource.Rows(
                "SELECT concat_ws(' ', result_data::text, result_summary, status_message, error_code, error_details::text, error_history::text, metadata::text, input_data::text) FROM gh_automation_jobs",
                r => r.GetString(0)),
            ["responses"] =
            [
                await host.Client.GetStringAsync($"/api/v1/gh/jobs/{id}"),
                await host.Client.GetStringAsync($"/api/v1/gh/jobs/{id}/events"),
                await host.Client.GetStringAsync($"/api/v1/gh/users/{JobJson.UserId}/credentials"),
                await host.Client.GetStringAsync($"/api/v1/gh/users/{JobJson.UserId}/usage"),
            ],
            ["prompts"] = host.Model.Requests,
        };

        // The scan must have something to look at: the job's own traces are there.
        Assert.Contains(scanned["worker log"], l => l.Contains("Sign-in to successfactors", StringComparison.Ordinal) && l.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Contains(scanned["worker log"], l => l.Contains("Language model", StringComparison.Ordinal));
        Assert.Contains(scanned["spans"], s => s.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Contains(scanned["events"], e => e.StartsWith("signed_in", StringComparison.Ordinal));
        Assert.Contains(scanned["prompts"], p => p.Contains(EstateQuestion, StringComparison.Ordinal));

        string[] forms = [Account.Password, JsonEncodedText.Encode(Account.Password).ToString(), Convert.ToBase64String(Encoding.UTF8.GetBytes(Account.Password))];
        foreach (var (where, texts) in scanned)
        {
            foreach (var text in texts)
            {
                Assert.DoesNotContain(forms, f => text.Contains(f, StringComparison.Ordinal));
            }
        }
    }

    private JsonObject Input(bool answerEstate)
    {
        var input = host.ApplicantInput();
        input["platform"] = "successfactors";
        if (answerEstate)
        {
            input["qaOverrides"]![EstateQuestion] = "Sonoma";
        }

        return input;
    }

    private async Task StoreSignInAsync(string password)
    {
        var response = await host.Client.PutAsJsonAsync($"/api/v1/gh/users/{JobJson.UserId}/credentials/successfactors",
            new { username = Account.Username, password }, JobJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<List<JsonElement>> ListAsync() =>
        [.. (await host.Client.GetFromJson<JsonElement>($"/api/v1/gh/users/{JobJson.UserId}/credentials")).GetProperty("credentials").EnumerateArray()];
}
