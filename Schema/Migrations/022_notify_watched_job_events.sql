-- Job events are notified on gh_job_event only while someone watches (measured with script/bench, bench/RESULTS.md).
--
-- Every notifying transaction takes one cluster-wide lock from its NOTIFY to its commit, and every LISTEN connection
-- of the database is woken by every notification, whatever its channel. A drained job sent three: its insert's
-- wake-up for the workers (gh_job_created, which stays) and one gh_job_event each for its claim and its completion,
-- which only the API's job event hub reads, for the streams (GET /jobs/{id}/stream) and dashboard feeds open at the
-- time. Without them the enqueue -> start p99 was lower in every pair of runs at load 4-16 (44-92 ms against
-- 120-992 ms).
--
-- A hub registers what it watches here before it reads anything: a job id, or the nil uuid for every job (a feed).
-- Registrations expire: the hub renews its own every 20 s for 60 s, so a crashed API stops costing notifications a
-- minute later, and any hub deletes expired rows. The table is unlogged: registrations write no WAL, and after a
-- server crash it comes back empty, when the hubs' LISTEN connections were lost too; they register everything again
-- on reconnecting and then read the database again (the hub's doc comment says how a registration's race with
-- writers in flight is closed).
--
-- A transaction that is not READ COMMITTED notifies every event: its snapshot may predate a registration that
-- committed before its insert, and the hub's catch-up after registering covers only READ COMMITTED writers.
CREATE UNLOGGED TABLE gh_job_watchers (
    job_id uuid NOT NULL,
    watcher uuid NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (job_id, watcher)
);

COMMENT ON TABLE gh_job_watchers IS
    'Jobs whose events an API streams (job_id, or the nil uuid for every job), per API process, until expires_at.';

CREATE OR REPLACE FUNCTION gh_notify_job_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed'
       OR EXISTS (SELECT 1 FROM gh_job_watchers
                  WHERE job_id = '00000000-0000-0000-0000-000000000000' AND expires_at > now()) THEN
        PERFORM pg_notify('gh_job_event', e.job_id::text || ':' || e.id) FROM inserted e;
    ELSE
        PERFORM pg_notify('gh_job_event', e.job_id::text || ':' || e.id) FROM inserted e
        WHERE EXISTS (SELECT 1 FROM gh_job_watchers w WHERE w.job_id = e.job_id AND w.expires_at > now());
    END IF;
    RETURN NULL;
END;
$$;
