-- Fewer index entries per job (measured with script/bench, bench/RESULTS.md).
--
-- A status change is never a HOT update (status is indexed), so every claim and every completion adds an entry to
-- every index whose predicate the new row version satisfies: to every non-partial index, always. Before this
-- migration a drained job wrote 9 such entries into gh_automation_jobs (5 at the claim: primary key, idempotency_key,
-- idx_gh_jobs_user, idx_gh_jobs_status_created, idx_gh_jobs_claimed; 4 at the completion), plus 2 per event.
-- After it, 6: the primary key and idx_gh_jobs_user at each write, and one status index entry each.

-- Idempotency keys are optional and most jobs have none, yet the unique index held an entry for every row version.
-- Only keys are indexed now; uniqueness of keys is unchanged (NULLs never conflicted). An INSERT ... ON CONFLICT
-- must name the predicate to use it: ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL.
ALTER TABLE gh_automation_jobs DROP CONSTRAINT gh_automation_jobs_idempotency_key_key;
CREATE UNIQUE INDEX gh_jobs_idempotency_key ON gh_automation_jobs (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- idx_gh_jobs_status_created (status, created_at DESC) over every row version, and idx_gh_jobs_claimed (worker_id)
-- over claimed ones, become the same (status, created_at DESC) index split in two by the status set: a job passes
-- through idx_gh_jobs_open while it is pending, claimed or paused, and lands in idx_gh_jobs_finished once, when it
-- ends. Their readers, all of which name the status: the dashboard and GET /jobs?status= (newest first per status),
-- monitoring (counts of open statuses, completions of the last hour), the rescuer and the hand-back of a restarted
-- worker (claimed rows, then heartbeat age or owner: at most the claimed jobs, a few per worker slot).
DROP INDEX idx_gh_jobs_status_created;
DROP INDEX idx_gh_jobs_claimed;
CREATE INDEX idx_gh_jobs_open ON gh_automation_jobs (status, created_at DESC)
    WHERE status IN ('pending', 'queued', 'running', 'paused');
CREATE INDEX idx_gh_jobs_finished ON gh_automation_jobs (status, created_at DESC)
    WHERE status IN ('completed', 'failed', 'cancelled', 'expired');
