-- Worker routing (seed 000): a job with target_worker_id set is picked up only by the worker started
-- with --worker-id=<value>; NULL keeps the old behaviour (any worker).
ALTER TABLE gh_automation_jobs
  ADD COLUMN target_worker_id TEXT DEFAULT NULL;

CREATE INDEX idx_gh_jobs_target_worker
  ON gh_automation_jobs (target_worker_id)
  WHERE target_worker_id IS NOT NULL;

CREATE OR REPLACE FUNCTION gh_pickup_next_job(p_worker_id text)
RETURNS SETOF gh_automation_jobs
LANGUAGE sql AS $$
    WITH next_job AS (
        SELECT id
        FROM gh_automation_jobs
        WHERE status = 'pending'
          AND (scheduled_at IS NULL OR scheduled_at <= NOW())
          AND (target_worker_id IS NULL OR target_worker_id = p_worker_id)
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
