-- Claims the next due pending job for a worker: highest priority (lowest number) first, then oldest.
-- SKIP LOCKED lets any number of workers call it at once without blocking or double-claiming.
CREATE FUNCTION gh_pickup_next_job(p_worker_id text)
RETURNS SETOF gh_automation_jobs
LANGUAGE sql AS $$
    WITH next_job AS (
        SELECT id
        FROM gh_automation_jobs
        WHERE status = 'pending'
          AND (scheduled_at IS NULL OR scheduled_at <= NOW())
        ORDER BY priority, created_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
    )
    UPDATE gh_automation_jobs j
    SET status = 'queued', worker_id = p_worker_id, last_heartbeat = NOW()
    FROM next_job
    WHERE j.id = next_job.id
    RETURNING j.*;
$$;
