-- Multi-factor authentication (#4): authenticator apps, passkeys, recovery codes, second-factor
-- challenges, step-up elevations, trusted devices and withdrawal locks after security changes.
--
-- Secrets are never stored in the clear: app seeds are sealed with AES-GCM under the MFA key
-- (outside the database), recovery codes and device tokens are stored as SHA-256, e-mailed codes
-- as an HMAC under a key derived from the MFA key. Single use is enforced here, by conditional
-- updates and primary keys, not by the caller.

CREATE TABLE totp_factors (
    account_id     uuid        PRIMARY KEY REFERENCES accounts (id),
    encrypted_seed text        NOT NULL CHECK (char_length(encrypted_seed) BETWEEN 1 AND 512),
    created_at     timestamptz NOT NULL,
    confirmed_at   timestamptz,
    last_used_step bigint,
    CONSTRAINT totp_factors_step_after_confirmation
        CHECK (last_used_step IS NULL OR confirmed_at IS NOT NULL)
);
COMMENT ON TABLE totp_factors IS
    'At most one authenticator app per account; pending until confirmed_at is set. A time step is '
    'accepted only by an UPDATE that requires last_used_step to be older, so of two concurrent '
    'uses of a code exactly one wins.';
COMMENT ON COLUMN totp_factors.encrypted_seed IS
    'The seed sealed with AES-256-GCM under the MFA key, bound to the account (v1.<base64url>).';

CREATE TABLE passkeys (
    credential_id   text        PRIMARY KEY CHECK (char_length(credential_id) BETWEEN 1 AND 1400),
    account_id      uuid        NOT NULL REFERENCES accounts (id),
    name            text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
    credential_data bytea       NOT NULL CHECK (octet_length(credential_data) BETWEEN 1 AND 16384),
    sign_count      bigint      NOT NULL CHECK (sign_count >= 0),
    uv_initialized  boolean     NOT NULL,
    backup_eligible boolean     NOT NULL,
    backed_up       boolean     NOT NULL,
    transports      text        NOT NULL CHECK (char_length(transports) <= 200),
    created_at      timestamptz NOT NULL,
    last_used_at    timestamptz
);
CREATE INDEX passkeys_by_account ON passkeys (account_id, created_at);
COMMENT ON TABLE passkeys IS
    'WebAuthn credentials. credential_data is the attested credential data (AAGUID, id, COSE '
    'public key): public, not secret. sign_count only grows.';

CREATE TABLE recovery_codes (
    account_id uuid        NOT NULL REFERENCES accounts (id),
    code_hash  text        NOT NULL CHECK (char_length(code_hash) BETWEEN 1 AND 128),
    created_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (account_id, code_hash)
);
COMMENT ON TABLE recovery_codes IS
    'Single-use recovery codes (SHA-256 of 120-bit random codes); used_at is set at most once.';

CREATE TABLE mfa_challenges (
    id                    uuid        PRIMARY KEY,
    purpose               text        NOT NULL
        CHECK (purpose IN ('SIGN_IN', 'STEP_UP', 'PASSKEY_SIGN_IN', 'PASSKEY_REGISTRATION')),
    account_id            uuid        REFERENCES accounts (id),
    session_id            uuid,
    action                text        CHECK (char_length(action) BETWEEN 1 AND 64),
    methods               text[]      NOT NULL CHECK (cardinality(methods) <= 8),
    webauthn_challenge    bytea       CHECK (octet_length(webauthn_challenge) BETWEEN 16 AND 64),
    email_code_hash       text        CHECK (char_length(email_code_hash) BETWEEN 1 AND 128),
    email_code_expires_at timestamptz,
    created_at            timestamptz NOT NULL,
    expires_at            timestamptz NOT NULL,
    attempts              integer     NOT NULL CHECK (attempts >= 0),
    state                 text        NOT NULL CHECK (state IN ('OPEN', 'COMPLETED', 'VOID')),
    settled_at            timestamptz,
    known_device_hash     text        CHECK (char_length(known_device_hash) BETWEEN 1 AND 128),
    ip_address            text        CHECK (char_length(ip_address) <= 100),
    user_agent            text        CHECK (char_length(user_agent) <= 8192),
    risk_decision         text        CHECK (risk_decision IN ('ALLOW', 'CHALLENGE', 'REVIEW', 'DENY')),
    risk_assessment       text        CHECK (char_length(risk_assessment) BETWEEN 1 AND 128),
    risk_reasons          text[],
    CONSTRAINT mfa_challenges_settled CHECK ((state = 'OPEN') = (settled_at IS NULL)),
    CONSTRAINT mfa_challenges_account CHECK ((account_id IS NULL) = (purpose = 'PASSKEY_SIGN_IN')),
    CONSTRAINT mfa_challenges_sign_in CHECK ((risk_decision IS NOT NULL) = (purpose = 'SIGN_IN'))
);
CREATE INDEX mfa_challenges_by_expiry ON mfa_challenges (expires_at);
COMMENT ON TABLE mfa_challenges IS
    'Second-factor challenges: a sign-in waiting for its factor (with what its password step '
    'found), a step-up for one action, or a passkey ceremony. attempts is counted before a proof '
    'is checked; a challenge is settled (COMPLETED or VOID) exactly once.';

CREATE TABLE step_up_elevations (
    session_id uuid        NOT NULL,
    action     text        NOT NULL CHECK (char_length(action) BETWEEN 1 AND 64),
    method     text        NOT NULL CHECK (char_length(method) BETWEEN 1 AND 32),
    granted_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (session_id, action)
);
COMMENT ON TABLE step_up_elevations IS
    'A session may do one action without a new proof until expires_at (a few minutes).';

CREATE TABLE trusted_devices (
    id                uuid        PRIMARY KEY,
    account_id        uuid        NOT NULL REFERENCES accounts (id),
    device_token_hash text        NOT NULL CHECK (char_length(device_token_hash) BETWEEN 1 AND 128),
    label             text        CHECK (char_length(label) <= 8192),
    ip_address        text        CHECK (char_length(ip_address) <= 100),
    created_at        timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL,
    revoked_at        timestamptz
);
CREATE INDEX trusted_devices_active
    ON trusted_devices (account_id, device_token_hash) WHERE revoked_at IS NULL;
COMMENT ON TABLE trusted_devices IS
    'Devices (by hashed device token) whose sign-ins skip the second factor until expires_at, '
    'unless revoked; a password or second-factor change revokes them all.';

CREATE TABLE withdrawal_locks (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   uuid        NOT NULL REFERENCES accounts (id),
    change       text        NOT NULL
        CHECK (change IN ('PASSWORD_RESET', 'PASSWORD_CHANGE', 'EMAIL_CHANGE', 'FACTOR_REMOVAL',
                          'RECOVERY_CODE_USE', 'WHITELIST_DISABLED')),
    locked_at    timestamptz NOT NULL,
    locked_until timestamptz NOT NULL,
    CONSTRAINT withdrawal_locks_order CHECK (locked_until > locked_at)
);
CREATE INDEX withdrawal_locks_by_account ON withdrawal_locks (account_id, locked_until DESC);
COMMENT ON TABLE withdrawal_locks IS
    'Withdrawals of the account are locked until locked_until because of a security change.';

-- The notices multi-factor authentication sends (and the unusual-sign-in notice of #3).
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_kind_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_kind_check
    CHECK (kind IN ('EMAIL_VERIFICATION', 'REGISTRATION_ATTEMPT', 'REGISTRATION_PENDING',
                    'NEW_SIGN_IN', 'UNUSUAL_SIGN_IN', 'PASSWORD_CHANGED', 'MFA_EMAIL_CODE',
                    'SECOND_FACTOR_ADDED', 'SECOND_FACTOR_REMOVED', 'RECOVERY_CODE_USED',
                    'RECOVERY_CODES_REPLACED'));
