-- A job's events get ids in the order they commit, so that a stream which has sent event N of a job never
-- meets an event of that job with a lower id afterwards.
--
-- An identity value is drawn when the row is inserted, not when it commits. Without this trigger a worker's
-- narration could draw id 10, a cancel of the same job draw 11 and commit first, and a client streaming the job
-- would move past 11 and never see 10. Every event insert now first locks its job's row, the lock every status
-- change already holds until it commits (the status-change trigger inserts its event inside the UPDATE), and only
-- then draws its id. So per job, each insert waits for the previous writer's commit and draws a higher id.
--
-- The default drawn before the trigger is discarded: a gap in the ids, harmless, they are only ever compared.
-- The lock is uncontended unless a status change of the same job is in flight, which is exactly when it must wait.
-- Ids across different jobs stay in draw order; nothing reads them across jobs in commit order (the dashboard
-- feed re-reads the job rows it is notified of instead).
CREATE FUNCTION gh_job_event_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM gh_automation_jobs WHERE id = NEW.job_id FOR NO KEY UPDATE;
    NEW.id := nextval(pg_get_serial_sequence('gh_job_events', 'id'));
    RETURN NEW;
END;
$$;

CREATE TRIGGER gh_job_events_in_commit_order
    BEFORE INSERT ON gh_job_events
    FOR EACH ROW EXECUTE FUNCTION gh_job_event_in_commit_order();
