using GhostHands.Routing.Runtime;
using GhostHands.Tests.Infrastructure;
using Npgsql;

namespace GhostHands.Tests.Routing;

public sealed class WhenANewJobNamesATurn
{
    [Theory]
    [InlineData("adam", 0, true)]
    [InlineData("adam", 1, false)]
    [InlineData("adam", 2, true)]
    [InlineData("sarah", 1, true)]
    [InlineData("sarah", 63, true)]
    [InlineData("sarah", 62, false)]
    public void The_turn_belongs_to_the_active_worker_at_its_position_in_worker_id_order(string worker, int turn, bool mine)
    {
        var turns = new ClaimTurns(worker);
        turns.Update(["sarah", "adam"]);

        Assert.Equal(mine, turns.IsMine(turn));
    }

    [Fact]
    public void A_worker_missing_from_the_active_list_takes_every_turn()
    {
        var turns = new ClaimTurns("tom");
        turns.Update(["adam", "sarah"]);

        Assert.All(Enumerable.Range(0, ClaimTurns.Turns), turn => Assert.True(turns.IsMine(turn)));
    }

    [Fact]
    public void Every_turn_is_exactly_one_active_workers()
    {
        string[] active = ["adam", "sarah", "tom"];
        var byWorker = active.Select(w => new ClaimTurns(w)).ToList();
        byWorker.ForEach(t => t.Update(active));

        Assert.All(Enumerable.Range(0, ClaimTurns.Turns), turn => Assert.Single(byWorker, t => t.IsMine(turn)));
    }

    [Theory]
    [InlineData("#0", 0)]
    [InlineData("#63", 63)]
    [InlineData("", null)]
    [InlineData("adam", null)]
    [InlineData("#", null)]
    [InlineData("#-1", null)]
    public void The_turn_is_read_from_the_payload(string payload, int? turn) => Assert.Equal(turn, ClaimTurns.TurnOf(payload));
}

public sealed class WhenAJobIsCreatedOrAWorkerRegisters(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    [Fact]
    public async Task A_job_for_any_worker_notifies_its_turn_and_a_targeted_job_its_worker()
    {
        var received = await NotificationsDuring(async () =>
        {
            await Db.InsertJob();
            await Db.InsertJob(target: "adam");
        });

        var shared = await Db.Scalar<int>("SELECT hashtext(id::text) & 63 FROM gh_automation_jobs WHERE target_worker_id IS NULL");
        Assert.Equal([("gh_job_created", $"#{shared}"), ("gh_job_created", "adam")], received);
    }

    [Fact]
    public async Task A_worker_registering_for_the_first_time_tells_the_others()
    {
        var received = await NotificationsDuring(() => Db.Execute("""
            INSERT INTO gh_worker_registry (worker_id, hostname, process_id, version, max_concurrent_jobs)
            VALUES ('ghost', 'elsewhere', 1, 'test', 1)
            """));

        Assert.Equal([("gh_worker_control", "ghost:active")], received);
    }

    private async Task<List<(string Channel, string Payload)>> NotificationsDuring(Func<Task> act)
    {
        var received = new List<(string, string)>();
        await using var listener = await Db.OpenConnectionAsync();
        listener.Notification += (_, e) => received.Add((e.Channel, e.Payload));
        await using (var listen = new NpgsqlCommand("LISTEN gh_job_created; LISTEN gh_worker_control", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await act();
        // A round trip on the listening connection delivers every notification committed before it.
        await using (var ping = new NpgsqlCommand("SELECT 1", listener))
        {
            await ping.ExecuteScalarAsync();
        }

        return received;
    }
}

/// <summary>
/// A job that is another active worker's turn still starts when that worker never claims it: the other-turn delay
/// brings a claim long before the next poll.
/// </summary>
public sealed class WhenTheWorkerWhoseTurnItIsNeverClaims(PostgresServer postgres) : WorkersOnOwnDatabase(postgres)
{
    [Fact]
    public async Task Another_worker_claims_the_job_after_the_other_turn_delay()
    {
        // 'ghost' is registered and heartbeating as far as the registry knows, but runs nowhere.
        await Db.Execute("""
            INSERT INTO gh_worker_registry (worker_id, hostname, process_id, version, max_concurrent_jobs)
            VALUES ('ghost', 'elsewhere', 1, 'test', 1)
            """);
        Workers.Add(await WorkerHosts.StartAsync(ConnectionString, "adam", new Dictionary<string, string?>
        {
            ["Worker:PollInterval"] = "00:01:00",
            ["Worker:OtherTurnDelay"] = "00:00:00.200",
        }));
        await Eventually.Until(
            () => Db.Scalar<long>("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN gh%' AND datname = current_database()"),
            n => n > 0, TimeSpan.FromSeconds(10), "the worker's LISTEN connection");

        // In worker id order adam is first and ghost second: odd turns are ghost's.
        var id = await Db.Scalar<Guid>("""
            WITH picked AS (
                SELECT u FROM (SELECT gen_random_uuid() AS u FROM generate_series(1, 100)) c
                WHERE (hashtext(u::text) & 63) % 2 = 1 LIMIT 1
            )
            INSERT INTO gh_automation_jobs (id, user_id, job_type) SELECT u, gen_random_uuid(), 'system.ping' FROM picked
            RETURNING id
            """);

        var worker = await Eventually.Until(
            () => Db.Scalar<string?>("SELECT worker_id FROM gh_automation_jobs WHERE id = $1 AND status = 'completed'", id),
            w => w is not null, TimeSpan.FromSeconds(20), "the job on ghost's turn to complete");
        Assert.Equal("adam", worker);
    }
}
