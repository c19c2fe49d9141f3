-- Live progress (GET /jobs/{id}/stream): every new event wakes the API's one LISTEN connection. The payload is only
-- 'job_id:event_id'; subscribers read the rows themselves, so a lost notification costs nothing but latency.
-- One notify per event is cheap (a job writes a handful) and is delivered at commit, never for a rolled-back insert.
CREATE FUNCTION gh_notify_job_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_job_event', NEW.job_id::text || ':' || NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_job_events_notify
    AFTER INSERT ON gh_job_events
    FOR EACH ROW EXECUTE FUNCTION gh_notify_job_event();
