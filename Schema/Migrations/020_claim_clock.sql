-- The claim's clock is the moment it claims, not its transaction's start (measured with script/bench,
-- bench/RESULTS.md).
--
-- Workers now claim in the transaction that writes their completions, so now() there is when that transaction
-- began: earlier than the claim, and earlier than the creation of a job submitted while the completions were
-- written. started_at (and the heartbeat and updated_at the claim sets) would then precede created_at. They are
-- clock_timestamp() read as each row is claimed: the row was visible to the claim, so the transaction that created it
-- had committed, after its created_at, and started_at - created_at is the real wait. A clock read once as the function
-- begins would not do: a job committed between that reading and the claim's snapshot would start before it was
-- created. Due times are compared with the clock read as the function begins, which can only make a job wait for the
-- next claim. The function is otherwise migration 016's, unchanged.
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
        SET status = 'running', worker_id = p_worker_id, last_heartbeat = clock_timestamp(), started_at = clock_timestamp(),
            attempt = j.attempt + 1, status_message = 'Running on worker ' || p_worker_id, updated_at = clock_timestamp()
        WHERE j.id = ANY (ARRAY(SELECT id FROM own UNION ALL SELECT id FROM shared UNION ALL SELECT id FROM flexible))
        RETURNING j.*
    )
    SELECT * FROM claimed;
END;
$$;
