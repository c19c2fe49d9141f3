-- The queue of record. VALET writes here over REST (channel 2) or with a plain INSERT (channel 1);
-- workers claim from here. Invariants are CHECK constraints so that neither channel can break them.
CREATE TABLE gh_automation_jobs (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    idempotency_key  text        UNIQUE,
    user_id          uuid        NOT NULL,
    created_by       text        NOT NULL DEFAULT 'valet',
    job_type         text        NOT NULL,
    target_url       text,
    task_description text        NOT NULL DEFAULT '',
    input_data       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    priority         integer     NOT NULL DEFAULT 5,
    scheduled_at     timestamptz,
    max_retries      integer     NOT NULL DEFAULT 3,
    retry_count      integer     NOT NULL DEFAULT 0,
    timeout_seconds  integer     NOT NULL DEFAULT 300,
    status           text        NOT NULL DEFAULT 'pending',
    status_message   text,
    started_at       timestamptz,
    completed_at     timestamptz,
    last_heartbeat   timestamptz,
    worker_id        text,
    result_data      jsonb,
    result_summary   text,
    error_code       text,
    error_details    jsonb,
    screenshot_urls  text[]      NOT NULL DEFAULT '{}',
    artifact_urls    text[]      NOT NULL DEFAULT '{}',
    metadata         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    tags             text[]      NOT NULL DEFAULT '{}',
    callback_url     text,
    llm_cost_cents   numeric(12, 4) NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT gh_jobs_status_known CHECK (status IN
        ('pending', 'queued', 'running', 'paused', 'completed', 'failed', 'cancelled', 'expired')),
    CONSTRAINT gh_jobs_job_type_shape CHECK (job_type ~ '^[a-z][a-z0-9_.]{0,63}$'),
    CONSTRAINT gh_jobs_priority_range CHECK (priority BETWEEN 1 AND 10),
    CONSTRAINT gh_jobs_max_retries_range CHECK (max_retries BETWEEN 0 AND 20),
    CONSTRAINT gh_jobs_retry_count_positive CHECK (retry_count >= 0),
    CONSTRAINT gh_jobs_timeout_range CHECK (timeout_seconds BETWEEN 30 AND 1800),
    CONSTRAINT gh_jobs_idempotency_key_length CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 1 AND 255),
    -- completed_at is set exactly when the job is in a terminal state.
    CONSTRAINT gh_jobs_completed_iff_terminal CHECK (
        (completed_at IS NOT NULL) = (status IN ('completed', 'failed', 'cancelled', 'expired'))),
    -- A claimed job always has an owner and a heartbeat; an unclaimed one has no owner.
    CONSTRAINT gh_jobs_claimed_has_owner CHECK (
        status NOT IN ('queued', 'running') OR (worker_id IS NOT NULL AND last_heartbeat IS NOT NULL)),
    CONSTRAINT gh_jobs_pending_has_no_owner CHECK (status <> 'pending' OR worker_id IS NULL),
    CONSTRAINT gh_jobs_running_has_started CHECK (status <> 'running' OR started_at IS NOT NULL),
    CONSTRAINT gh_jobs_input_is_object CHECK (jsonb_typeof(input_data) = 'object'),
    CONSTRAINT gh_jobs_metadata_is_object CHECK (jsonb_typeof(metadata) = 'object')
);

-- Pickup scans pending rows in claim order; the partial index keeps it small however long history grows.
CREATE INDEX idx_gh_jobs_pending ON gh_automation_jobs (priority, created_at) WHERE status = 'pending';
-- Stuck-job sweeps and heartbeats look at claimed rows only.
CREATE INDEX idx_gh_jobs_claimed ON gh_automation_jobs (last_heartbeat) WHERE status IN ('queued', 'running');
CREATE INDEX idx_gh_jobs_user ON gh_automation_jobs (user_id, created_at DESC);
CREATE INDEX idx_gh_jobs_status_created ON gh_automation_jobs (status, created_at DESC);

CREATE FUNCTION gh_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER gh_jobs_touch_updated_at
    BEFORE UPDATE ON gh_automation_jobs
    FOR EACH ROW EXECUTE FUNCTION gh_touch_updated_at();
