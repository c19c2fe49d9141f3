-- Monthly usage per user, updated with one upsert per job so concurrent jobs never lose an increment.
CREATE TABLE gh_user_usage (
    user_id          uuid           NOT NULL,
    period_start     date           NOT NULL,
    tier             text           NOT NULL DEFAULT 'free',
    job_count        integer        NOT NULL DEFAULT 0,
    action_count     integer        NOT NULL DEFAULT 0,
    input_tokens     bigint         NOT NULL DEFAULT 0,
    output_tokens    bigint         NOT NULL DEFAULT 0,
    total_cost_cents numeric(14, 4) NOT NULL DEFAULT 0,
    updated_at       timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, period_start),
    CONSTRAINT gh_usage_period_is_month CHECK (period_start = date_trunc('month', period_start)::date),
    CONSTRAINT gh_usage_counts_positive CHECK (job_count >= 0 AND action_count >= 0
        AND input_tokens >= 0 AND output_tokens >= 0 AND total_cost_cents >= 0),
    CONSTRAINT gh_usage_tier_known CHECK (tier IN ('free', 'starter', 'pro', 'premium', 'enterprise'))
);
