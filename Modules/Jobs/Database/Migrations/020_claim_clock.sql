-- The claim's clock is the moment the claim begins, not its transaction's start (measured with script/bench,
-- bench/RESULTS.md).
--
-- Workers now claim in the transaction that writes their completions, so now() there is when that transaction
-- began: earlier than the claim, and earlier than the creation of a job submitted while the completions were
-- written. started_at (and the heartbeat and updated_at the claim sets, and the due time it compares scheduled_at
-- with) would then precede created_at. clock_timestamp() read once as the function begins comes before the claim's
-- snapshot, so a job the claim sees was created before it (to the microsecond), and started_at - created_at stays
-- the real wait. The function is otherwise migration 016's, unchanged.
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
        SET status = 'running', worker_id = p_worker_id, last_heartbeat = v_now, started_at = v_now,
            attempt = j.attempt + 1, status_message = 'Running on worker ' || p_worker_id, updated_at = v_now
        WHERE j.id = ANY (ARRAY(SELECT id FROM own UNION ALL SELECT id FROM shared UNION ALL SELECT id FROM flexible))
        RETURNING j.*
    )
    SELECT * FROM claimed;
END;
$$;
