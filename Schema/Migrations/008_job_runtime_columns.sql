-- Columns the worker runtime needs beyond the seed contract. All have defaults, so channel-1 inserts that
-- do not know them keep working.
ALTER TABLE gh_automation_jobs
    -- Fencing token: incremented by every claim. A worker's writes name the attempt they belong to, so a worker
    -- that was presumed dead and rescued cannot overwrite the outcome of the attempt that replaced it.
    ADD COLUMN attempt         integer NOT NULL DEFAULT 0,
    ADD COLUMN worker_affinity text,
    ADD COLUMN parent_job_id   uuid REFERENCES gh_automation_jobs (id),
    -- Seed 004 envelope: W3C traceparent of the request that created the job, and its request id.
    ADD COLUMN trace_parent    text,
    ADD COLUMN request_id      text,
    -- One entry per failed attempt: {attempt, worker_id, error_code, message, at}.
    ADD COLUMN error_history   jsonb NOT NULL DEFAULT '[]'::jsonb,
    ADD CONSTRAINT gh_jobs_target_worker_id_length CHECK (target_worker_id IS NULL OR length(target_worker_id) <= 100),
    ADD CONSTRAINT gh_jobs_worker_affinity_known CHECK (worker_affinity IS NULL OR worker_affinity IN ('strict', 'preferred', 'any')),
    ADD CONSTRAINT gh_jobs_error_history_is_array CHECK (jsonb_typeof(error_history) = 'array');

CREATE INDEX idx_gh_jobs_parent ON gh_automation_jobs (parent_job_id) WHERE parent_job_id IS NOT NULL;

-- Claim order per routing class: a worker's own targeted jobs, then the shared pool. Each index serves one
-- branch of the claim statement in claim order, so a claim reads only the rows it takes.
DROP INDEX idx_gh_jobs_pending;
CREATE INDEX idx_gh_jobs_pending_shared ON gh_automation_jobs (priority, created_at)
    WHERE status = 'pending' AND target_worker_id IS NULL;
CREATE INDEX idx_gh_jobs_pending_targeted ON gh_automation_jobs (target_worker_id, priority, created_at)
    WHERE status = 'pending' AND target_worker_id IS NOT NULL;

-- The created notification now names the target worker ('' for any), so other workers can ignore it.
-- Identical payloads in one transaction collapse into one notification.
CREATE OR REPLACE FUNCTION gh_notify_job_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_job_created', coalesce(NEW.target_worker_id, ''));
    RETURN NULL;
END;
$$;
