-- Job events are written once per statement instead of once per row (measured with script/bench, bench/RESULTS.md).
--
-- A worker claims, starts and completes jobs in batches: one UPDATE moves dozens of jobs. With row-level triggers
-- each of those rows ran a PL/pgSQL function that inserted its event with its own statement, and each event ran a
-- second function for its notification: about a third of the database's time per job. Statement-level triggers with
-- transition tables write the same events, with the same columns and values, in one INSERT ... SELECT per statement,
-- and send the same notifications (one per event, 'job_id:event_id') from one function call per statement.
-- Every status change is still recorded whichever channel or process made it, including plain SQL.

DROP TRIGGER gh_jobs_record_status_change ON gh_automation_jobs;
DROP FUNCTION gh_record_status_change();

CREATE FUNCTION gh_record_jobs_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO gh_job_events (job_id, event_type, from_status, to_status, actor, message, metadata)
    SELECT n.id, 'job_created', NULL, n.status, gh_current_actor(NULL), n.status_message,
           jsonb_strip_nulls(jsonb_build_object('job_type', n.job_type, 'created_by', n.created_by))
    FROM created n;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_record_created
    AFTER INSERT ON gh_automation_jobs
    REFERENCING NEW TABLE AS created
    FOR EACH STATEMENT EXECUTE FUNCTION gh_record_jobs_created();

-- Fires for every UPDATE (a trigger with transition tables cannot name columns). A statement that changes no status,
-- such as a heartbeat, stops at the first check and does not touch gh_job_events at all, so it takes no lock there.
CREATE FUNCTION gh_record_status_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM changed_to n JOIN changed_from o ON o.id = n.id WHERE n.status IS DISTINCT FROM o.status) THEN
        RETURN NULL;
    END IF;

    INSERT INTO gh_job_events (job_id, event_type, from_status, to_status, actor, message, metadata)
    SELECT n.id, 'status_changed', o.status, n.status, gh_current_actor(coalesce(n.worker_id, o.worker_id)),
           n.status_message,
           jsonb_strip_nulls(jsonb_build_object(
               'worker_id', coalesce(n.worker_id, o.worker_id),
               'error_code', n.error_code,
               'retry_count', n.retry_count))
    FROM changed_to n
    JOIN changed_from o ON o.id = n.id
    WHERE n.status IS DISTINCT FROM o.status;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_record_status_changes
    AFTER UPDATE ON gh_automation_jobs
    REFERENCING OLD TABLE AS changed_from NEW TABLE AS changed_to
    FOR EACH STATEMENT EXECUTE FUNCTION gh_record_status_changes();

DROP TRIGGER gh_job_events_notify ON gh_job_events;
DROP FUNCTION gh_notify_job_event();

CREATE FUNCTION gh_notify_job_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_job_event', e.job_id::text || ':' || e.id) FROM inserted e;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_job_events_notify
    AFTER INSERT ON gh_job_events
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION gh_notify_job_events();

-- Migration 013 locks the job row before drawing an event's id, so that a job's events get ids in commit order.
-- The two kinds of events written by the triggers above need neither step: a status event is inserted by the UPDATE
-- that holds that very lock until it commits, and a creation event by the INSERT of a row nobody else can see yet;
-- both draw their id (the column default) after that point. Other events (narration, pauses) still take the lock.
DROP TRIGGER gh_job_events_in_commit_order ON gh_job_events;
CREATE TRIGGER gh_job_events_in_commit_order
    BEFORE INSERT ON gh_job_events
    FOR EACH ROW WHEN (NEW.event_type NOT IN ('job_created', 'status_changed'))
    EXECUTE FUNCTION gh_job_event_in_commit_order();
