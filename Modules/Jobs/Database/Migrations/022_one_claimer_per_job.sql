-- One worker claims a new job instead of every idle worker (measured with script/bench, bench/RESULTS.md).
--
-- Every idle worker claimed on every gh_job_created notification; for a job no worker is named for, all but one of
-- those claims found nothing, and they ran beside the one that mattered, on the same CPUs and index pages, at the
-- moment latency is measured. The notification now names a turn for such a job, '#' and a number from 0 to 63 taken
-- from its id; each worker knows the active workers (gh_worker_registry) and claims at once only on its own turns
-- (turn modulo the number of active workers, in worker id order). The others claim after a short fallback delay
-- (WorkerOptions.OtherTurnDelay), so a job whose worker is busy, gone or not yet known still starts, and polling is
-- unchanged. Targeted jobs still name their worker. 64 turns at most per transaction: identical payloads in one
-- transaction collapse, so a batch insert sends at most 64 notifications.
CREATE OR REPLACE FUNCTION gh_notify_job_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_job_created', coalesce(NEW.target_worker_id, '#' || (hashtext(NEW.id::text) & 63)));
    RETURN NULL;
END;
$$;

-- Workers learn who is active from these notifications as well as from their heartbeats: a worker's status changes
-- already notify (migration 009), and now so does a worker registering for the first time.
CREATE TRIGGER gh_workers_notify_registered
    AFTER INSERT ON gh_worker_registry
    FOR EACH ROW EXECUTE FUNCTION gh_notify_worker_control();
