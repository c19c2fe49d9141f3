-- Every status change, recorded by trigger whichever channel or process made it, plus the step
-- narration workers write. Ordered by id (bigint identity), which is also the SSE event id.
CREATE TABLE gh_job_events (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id      uuid        NOT NULL REFERENCES gh_automation_jobs (id) ON DELETE CASCADE,
    event_type  text        NOT NULL,
    from_status text,
    to_status   text,
    actor       text        NOT NULL,
    message     text,
    metadata    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_gh_job_events_job ON gh_job_events (job_id, id);

-- Who made a change: processes name themselves with the gh.actor setting (the API and workers set it when
-- they connect); a plain SQL write without it is attributed to the owning worker or to 'sql'.
CREATE FUNCTION gh_current_actor(p_worker_id text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('gh.actor', true), ''),
                    CASE WHEN p_worker_id IS NOT NULL THEN 'worker:' || p_worker_id END,
                    'sql');
$$;

CREATE FUNCTION gh_record_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO gh_job_events (job_id, event_type, from_status, to_status, actor, message, metadata)
        VALUES (NEW.id, 'job_created', NULL, NEW.status, gh_current_actor(NULL), NEW.status_message,
                jsonb_strip_nulls(jsonb_build_object('job_type', NEW.job_type, 'created_by', NEW.created_by)));
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO gh_job_events (job_id, event_type, from_status, to_status, actor, message, metadata)
        VALUES (NEW.id, 'status_changed', OLD.status, NEW.status, gh_current_actor(coalesce(NEW.worker_id, OLD.worker_id)),
                NEW.status_message,
                jsonb_strip_nulls(jsonb_build_object(
                    'worker_id', coalesce(NEW.worker_id, OLD.worker_id),
                    'error_code', NEW.error_code,
                    'retry_count', NEW.retry_count)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_record_status_change
    AFTER INSERT OR UPDATE OF status ON gh_automation_jobs
    FOR EACH ROW EXECUTE FUNCTION gh_record_status_change();
