-- Job events without a foreign-key check per row (measured with script/bench, bench/RESULTS.md).
--
-- The foreign key gh_job_events.job_id -> gh_automation_jobs ran, for every event, a query locking the job row
-- FOR KEY SHARE from a per-row constraint trigger: two per drained job, 10 us of the database's time per job in the
-- drain (the event INSERT went from 80 to 63 us per job). The job row is already locked by the statement writing
-- the event, so the lock wrote no WAL, and dropping it saves none.
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
