-- Less PostgreSQL work per job, measured per statement with script/bench (bench/RESULTS.md).
--
-- A job row is written three times (insert, claim-and-start, completion); every write that changes the status must
-- add an entry to every index of the table, because status appears in indexes and in their predicates, so it can
-- never be a HOT update. Writes that leave status and the indexed columns alone (heartbeats, cost counters, artifact
-- lists) can be HOT, i.e. need no index entries at all, when the new row version fits on the same page.

-- Heartbeats rewrote last_heartbeat, an indexed column, every 30 s for every running job. The rescuer and the
-- heartbeats find claimed rows by status (and owner); the few rows claimed at any time are filtered by heartbeat
-- age after the index, so last_heartbeat need not be indexed and a heartbeat is HOT.
DROP INDEX idx_gh_jobs_claimed;
CREATE INDEX idx_gh_jobs_claimed ON gh_automation_jobs (worker_id) WHERE status IN ('queued', 'running');

-- Room on each page for the next version of its rows: HOT updates need it, and a non-HOT update that lands on the
-- same page touches one page instead of two and logs only the changed middle of the row.
ALTER TABLE gh_automation_jobs SET (fillfactor = 70);

-- The row trigger ran a PL/pgSQL function for every updated row to set updated_at. Statements that set updated_at
-- themselves (the claim, completions, heartbeats) now skip it; every other writer still gets it set.
DROP TRIGGER gh_jobs_touch_updated_at ON gh_automation_jobs;
CREATE TRIGGER gh_jobs_touch_updated_at
    BEFORE UPDATE ON gh_automation_jobs
    FOR EACH ROW WHEN (NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at)
    EXECUTE FUNCTION gh_touch_updated_at();
