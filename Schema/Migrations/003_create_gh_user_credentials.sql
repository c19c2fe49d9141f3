-- Encrypted applicant-tracking credentials (AES-256-GCM). Ciphertext, nonce and tag are stored apart;
-- key_id names the key that sealed the row so keys can rotate.
CREATE TABLE gh_user_credentials (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid        NOT NULL,
    platform          text        NOT NULL,
    credential_type   text        NOT NULL DEFAULT 'password',
    encrypted_data    bytea       NOT NULL,
    nonce             bytea       NOT NULL,
    auth_tag          bytea       NOT NULL,
    key_id            text        NOT NULL,
    is_valid          boolean     NOT NULL DEFAULT true,
    expires_at        timestamptz,
    last_used_at      timestamptz,
    last_verified_at  timestamptz,
    metadata          jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gh_credentials_unique_per_user UNIQUE (user_id, platform, credential_type),
    CONSTRAINT gh_credentials_type_known CHECK (credential_type IN ('password', 'oauth_token', 'api_key', 'session_cookies')),
    CONSTRAINT gh_credentials_nonce_size CHECK (octet_length(nonce) = 12),
    CONSTRAINT gh_credentials_tag_size CHECK (octet_length(auth_tag) = 16)
);

CREATE TRIGGER gh_credentials_touch_updated_at
    BEFORE UPDATE ON gh_user_credentials
    FOR EACH ROW EXECUTE FUNCTION gh_touch_updated_at();
