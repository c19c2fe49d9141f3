-- A job starts when the claim that takes it begins: started_at is the clock read as the claim function begins, the
-- moment a worker asks for work, and no longer the moment the claim reaches the row after its checks and index scans
-- (migration 020), which put the claim's own running time inside every job's wait (from the worker sending the claim
-- to the row's stamp: 0.50 ms at the median and 3.8 ms at p99 with load average 5-9, bench/RESULTS.md). It is also
-- how other queues define a job's start (Graphile Worker's locked_at is the now() of the statement that takes the
-- job), so submit -> started_at compares like with like.
--
-- A job committed between that reading and the claim's snapshot would otherwise start before it was created;
-- started_at is never earlier than created_at. The heartbeat and updated_at stay the clock as each row is claimed.
-- The function is otherwise migration 020's, unchanged.
CREATE OR REPLACE FUNCTION gh_claim_jobs(p_worker_id text, p_limit integer, p_preferred_wait interval DEFAULT interval '30 seconds')
RETURNS SETOF gh_automation_jobs
LANGUAGE plpgsql
SET enable_sort = off
AS $$
DECLARE
    v_now timestamptz := clock_timestamp();
BEGIN
    IF p_limit < 1
       OR coalesce((SELECT paused FROM gh_queue_control), false)
       OR EXISTS (SELECT 1 FROM gh_worker_registry WHERE worker_id = p_worker_id AND status = 'draining') THEN
        RETURN;
    END IF;

    RETURN QUERY
    WITH own AS (
        SELECT id FROM gh_automation_jobs
        WHERE status = 'pending' AND target_worker_id = p_worker_id
          AND (scheduled_at IS NULL OR scheduled_at <= v_now)
        ORDER BY priority, created_at
        LIMIT p_limit
        FOR UPDATE SKIP LOCKED
    ),
    shared AS (
        SELECT id FROM gh_automation_jobs
        WHERE status = 'pending' AND target_worker_id IS NULL
          AND (scheduled_at IS NULL OR scheduled_at <= v_now)
        ORDER BY priority, created_at
        LIMIT greatest(p_limit - (SELECT count(*) FROM own), 0)
        FOR UPDATE SKIP LOCKED
    ),
    flexible AS (
        SELECT id FROM gh_automation_jobs
        WHERE status = 'pending' AND target_worker_id IS NOT NULL AND target_worker_id <> p_worker_id
          AND worker_affinity IN ('preferred', 'any')
          AND (worker_affinity = 'any' OR coalesce(scheduled_at, created_at) <= v_now - p_preferred_wait)
          AND (scheduled_at IS NULL OR scheduled_at <= v_now)
        ORDER BY priority, created_at
        LIMIT greatest(p_limit - (SELECT count(*) FROM own) - (SELECT count(*) FROM shared), 0)
        FOR UPDATE SKIP LOCKED
    ),
    claimed AS (
        UPDATE gh_automation_jobs j
        SET status = 'running', worker_id = p_worker_id, last_heartbeat = clock_timestamp(), started_at = greatest(v_now, j.created_at),
            attempt = j.attempt + 1, status_message = 'Running on worker ' || p_worker_id, updated_at = clock_timestamp()
        WHERE j.id = ANY (ARRAY(SELECT id FROM own UNION ALL SELECT id FROM shared UNION ALL SELECT id FROM flexible))
        RETURNING j.*
    )
    SELECT * FROM claimed;
END;
$$;
