-- Workers announce themselves here; GET /api/v1/gh/workers reads it and drain requests are written to it.
CREATE TABLE gh_worker_registry (
    worker_id           text        PRIMARY KEY,
    status              text        NOT NULL DEFAULT 'active',
    hostname            text        NOT NULL,
    process_id          integer     NOT NULL,
    version             text        NOT NULL,
    max_concurrent_jobs integer     NOT NULL,
    current_jobs        uuid[]      NOT NULL DEFAULT '{}',
    jobs_completed      bigint      NOT NULL DEFAULT 0,
    jobs_failed         bigint      NOT NULL DEFAULT 0,
    started_at          timestamptz NOT NULL DEFAULT now(),
    last_heartbeat      timestamptz NOT NULL DEFAULT now(),
    stopped_at          timestamptz,
    CONSTRAINT gh_workers_status_known CHECK (status IN ('active', 'draining', 'offline')),
    CONSTRAINT gh_workers_id_shape CHECK (worker_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$')
);

-- A drain request (or any other change of a worker's status by someone else) reaches the worker at once.
CREATE FUNCTION gh_notify_worker_control() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_worker_control', NEW.worker_id || ':' || NEW.status);
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_workers_notify_control
    AFTER UPDATE OF status ON gh_worker_registry
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION gh_notify_worker_control();

-- Cancelling a claimed job tells its worker, which stops the browser within a second.
CREATE FUNCTION gh_notify_job_cancelled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_job_cancelled', NEW.id::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_notify_cancelled
    AFTER UPDATE OF status ON gh_automation_jobs
    FOR EACH ROW WHEN (NEW.status = 'cancelled' AND OLD.status IN ('queued', 'running'))
    EXECUTE FUNCTION gh_notify_job_cancelled();

-- Jobs another worker may take: targeted with affinity 'preferred' (after a wait) or 'any'.
CREATE INDEX idx_gh_jobs_pending_flexible ON gh_automation_jobs (priority, created_at)
    WHERE status = 'pending' AND target_worker_id IS NOT NULL AND worker_affinity IN ('preferred', 'any');

-- Emergency stop: while a row says paused, no worker claims anything. Jobs stay pending.
CREATE TABLE gh_queue_control (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    paused     boolean     NOT NULL DEFAULT false,
    reason     text,
    changed_by text,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO gh_queue_control (paused) VALUES (false);

CREATE FUNCTION gh_notify_queue_control() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_worker_control', '*:' || CASE WHEN NEW.paused THEN 'paused' ELSE 'resumed' END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_queue_control_notify
    AFTER UPDATE ON gh_queue_control
    FOR EACH ROW EXECUTE FUNCTION gh_notify_queue_control();
