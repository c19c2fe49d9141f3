-- One claim, defined here and nowhere else: the workers call gh_claim_jobs, and gh_pickup_next_job (the contract's pickup,
-- for VALET or an operator at psql) is that same claim for one job. Whoever calls it gets the same rules and leaves
-- the same trace:
--   * nothing while the queue is paused (emergency stop) or while the named worker is draining;
--   * first jobs targeted at the worker, then the shared pool (no target), then other workers' jobs it may take
--     (affinity 'any', or 'preferred' once they waited p_preferred_wait); never a job targeted at another worker
--     with strict affinity; each group by priority, then age;
--   * the claimed rows go straight from pending to running, with the caller as owner, a fresh heartbeat and the
--     next attempt number, the fencing token every later write of a worker is conditional on. A holder whose job
--     was taken from it (rescued, then claimed again, by any caller) therefore changes nothing any more;
--   * one status_changed event per job (pending -> running), written by the status trigger of migration 015.
--
-- Claim and start are one UPDATE: the job is never seen 'queued' by anyone, so it no longer gets an event for it.
--
-- Each group reads its own partial index in claim order and stops at the limit, so a claim costs the same with 10 or
-- 100,000 pending rows, and SKIP LOCKED lets callers claim side by side without waiting on each other. Sorting is
-- disabled inside the function: statistics lag behind a burst of inserts (until autovacuum analyzes the table, the
-- planner believes almost nothing is pending) and then prefer idx_gh_jobs_status_created plus a sort, a plan that
-- reads every pending row (67 ms per claim instead of 0.01 ms on a 100,000-job backlog). Every index the claim is
-- meant to use yields claim order without a sort and every wrong one needs a sort, so this pins the intended plan.
-- PL/pgSQL keeps the plan between calls on a connection, so the claim is not planned again per call.
CREATE FUNCTION gh_claim_jobs(p_worker_id text, p_limit integer, p_preferred_wait interval DEFAULT interval '30 seconds')
RETURNS SETOF gh_automation_jobs
LANGUAGE plpgsql
SET enable_sort = off
AS $$
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
          AND (scheduled_at IS NULL OR scheduled_at <= now())
        ORDER BY priority, created_at
        LIMIT p_limit
        FOR UPDATE SKIP LOCKED
    ),
    shared AS (
        SELECT id FROM gh_automation_jobs
        WHERE status = 'pending' AND target_worker_id IS NULL
          AND (scheduled_at IS NULL OR scheduled_at <= now())
        ORDER BY priority, created_at
        LIMIT greatest(p_limit - (SELECT count(*) FROM own), 0)
        FOR UPDATE SKIP LOCKED
    ),
    flexible AS (
        SELECT id FROM gh_automation_jobs
        WHERE status = 'pending' AND target_worker_id IS NOT NULL AND target_worker_id <> p_worker_id
          AND worker_affinity IN ('preferred', 'any')
          AND (worker_affinity = 'any' OR coalesce(scheduled_at, created_at) <= now() - p_preferred_wait)
          AND (scheduled_at IS NULL OR scheduled_at <= now())
        ORDER BY priority, created_at
        LIMIT greatest(p_limit - (SELECT count(*) FROM own) - (SELECT count(*) FROM shared), 0)
        FOR UPDATE SKIP LOCKED
    ),
    claimed AS (
        UPDATE gh_automation_jobs j
        SET status = 'running', worker_id = p_worker_id, last_heartbeat = now(), started_at = now(),
            attempt = j.attempt + 1, status_message = 'Running on worker ' || p_worker_id, updated_at = now()
        WHERE j.id = ANY (ARRAY(SELECT id FROM own UNION ALL SELECT id FROM shared UNION ALL SELECT id FROM flexible))
        RETURNING j.*
    )
    SELECT * FROM claimed;
END;
$$;

-- The contract's signature, kept for callers outside the workers: the claim above, for one job, with the workers'
-- default wait for 'preferred' affinity. The job comes back running, and the caller owns that attempt.
CREATE OR REPLACE FUNCTION gh_pickup_next_job(p_worker_id text)
RETURNS SETOF gh_automation_jobs
LANGUAGE sql AS $$
    SELECT * FROM gh_claim_jobs(p_worker_id, 1);
$$;
