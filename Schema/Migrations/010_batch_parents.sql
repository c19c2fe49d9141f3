-- Batches (seed 003): a parent job of type 'batch' is 'running' from creation with no owner; its children carry
-- parent_job_id. When the last child finishes, the parent ends 'completed' (all children completed) or 'failed'
-- (any child failed, was cancelled or expired). Parents are never claimed (only pending rows are) and never
-- rescued (they have no heartbeat).
ALTER TABLE gh_automation_jobs DROP CONSTRAINT gh_jobs_claimed_has_owner;
ALTER TABLE gh_automation_jobs ADD CONSTRAINT gh_jobs_claimed_has_owner CHECK (
    status NOT IN ('queued', 'running')
    OR (worker_id IS NOT NULL AND last_heartbeat IS NOT NULL)
    OR (job_type = 'batch' AND status = 'running'));

CREATE FUNCTION gh_finish_batch_parent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent gh_automation_jobs%ROWTYPE;
    unfinished integer;
    unsuccessful integer;
    counts jsonb;
BEGIN
    -- Locking the parent serialises the children's last updates, so exactly one of them sees "none unfinished",
    -- and each statement below then reads the others' committed changes.
    SELECT * INTO parent FROM gh_automation_jobs WHERE id = NEW.parent_job_id FOR UPDATE;
    IF NOT FOUND OR parent.status <> 'running' OR parent.job_type <> 'batch' THEN
        RETURN NULL;
    END IF;

    SELECT count(*) FILTER (WHERE status NOT IN ('completed', 'failed', 'cancelled', 'expired')),
           count(*) FILTER (WHERE status IN ('failed', 'cancelled', 'expired')),
           jsonb_object_agg(status, n)
    INTO unfinished, unsuccessful, counts
    FROM (SELECT status, count(*) AS n FROM gh_automation_jobs WHERE parent_job_id = parent.id GROUP BY status) c;

    IF unfinished = 0 THEN
        UPDATE gh_automation_jobs
        SET status = CASE WHEN unsuccessful = 0 THEN 'completed' ELSE 'failed' END,
            completed_at = now(),
            error_code = CASE WHEN unsuccessful = 0 THEN NULL ELSE 'batch_child_failed' END,
            result_data = jsonb_build_object('counts', counts),
            result_summary = CASE WHEN unsuccessful = 0 THEN 'All jobs of the batch completed.'
                                  ELSE unsuccessful || ' job(s) of the batch did not complete.' END,
            status_message = CASE WHEN unsuccessful = 0 THEN 'All jobs of the batch completed.'
                                  ELSE unsuccessful || ' job(s) of the batch did not complete.' END
        WHERE id = parent.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gh_jobs_finish_batch_parent
    AFTER UPDATE OF status ON gh_automation_jobs
    FOR EACH ROW
    WHEN (NEW.parent_job_id IS NOT NULL AND NEW.status IN ('completed', 'failed', 'cancelled', 'expired')
          AND OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION gh_finish_batch_parent();
