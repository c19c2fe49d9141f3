-- Callbacks: when a job with callback_url reaches a terminal state, its final state is POSTed there (at least
-- once). callback_queued_at marks the hand-over to the durable message queue; callback_sent_at the delivery.
ALTER TABLE gh_automation_jobs
    ADD COLUMN callback_queued_at timestamptz,
    ADD COLUMN callback_sent_at   timestamptz;

CREATE INDEX idx_gh_jobs_callback_due ON gh_automation_jobs (completed_at)
    WHERE callback_url IS NOT NULL AND callback_sent_at IS NULL AND completed_at IS NOT NULL;
