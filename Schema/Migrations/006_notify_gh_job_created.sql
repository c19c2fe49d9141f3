-- Wakes workers for a new job however it was inserted (REST or plain SQL).
CREATE FUNCTION gh_notify_job_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gh_job_created', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_notify_created
    AFTER INSERT ON gh_automation_jobs
    FOR EACH ROW EXECUTE FUNCTION gh_notify_job_created();
