-- Job events without a foreign-key check per row (measured with script/bench, bench/RESULTS.md).
--
-- The foreign key gh_job_events.job_id -> gh_automation_jobs ran, for every event, a query that locks the job row
-- FOR KEY SHARE: a PL/pgSQL-free but per-row trigger call, and a WAL record for the lock, because the row version the
-- status change has just written carries no lock yet. Two per drained job, about 110 B of WAL and the checks' CPU.
--
-- Every event already names a job that exists and stays: status and creation events are written by the job's own
-- INSERT or UPDATE (migration 015), and every other event is inserted by a statement that selects and locks that job
-- row (INSERT ... SELECT ... FOR NO KEY UPDATE in the workers' writes, then migration 013's lock), which a concurrent
-- DELETE waits for or makes select nothing. Deleting a job still deletes its events, now by the trigger below.
ALTER TABLE gh_job_events DROP CONSTRAINT gh_job_events_job_id_fkey;

CREATE FUNCTION gh_delete_job_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM gh_job_events e USING deleted d WHERE e.job_id = d.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_delete_events
    AFTER DELETE ON gh_automation_jobs
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION gh_delete_job_events();
