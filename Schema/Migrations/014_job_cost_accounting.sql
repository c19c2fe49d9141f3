-- Cost accounting per job (seed 001's JobExecutor: llm_cost_cents, action_count, total_tokens). Every browser action
-- and every language-model call of an attempt adds to these columns and, in the same statement, to the user's month
-- in gh_user_usage. usage_counted marks a job already counted in gh_user_usage.job_count, so retries and resumes of
-- one job count once.
ALTER TABLE gh_automation_jobs
    ADD COLUMN action_count  integer NOT NULL DEFAULT 0,
    ADD COLUMN input_tokens  bigint  NOT NULL DEFAULT 0,
    ADD COLUMN output_tokens bigint  NOT NULL DEFAULT 0,
    ADD COLUMN total_tokens  bigint  GENERATED ALWAYS AS (input_tokens + output_tokens) STORED,
    ADD COLUMN usage_counted boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT gh_jobs_cost_positive CHECK (
        action_count >= 0 AND input_tokens >= 0 AND output_tokens >= 0 AND llm_cost_cents >= 0);

-- Credential lookups are by (user_id, platform, credential_type), which the unique constraint already indexes.
-- Re-encryption walks the rows sealed by keys other than the current one.
CREATE INDEX idx_gh_credentials_key ON gh_user_credentials (key_id);
ALTER TABLE gh_user_credentials
    ADD CONSTRAINT gh_credentials_platform_shape CHECK (platform ~ '^[a-z0-9][a-z0-9._:-]{0,199}$');
