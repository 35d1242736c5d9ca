-- Foundation (#2): accounts, e-mail verification, sessions, sign-in history and throttles,
-- the hash-chained audit trail and the notification outbox.
--
-- Conventions: times are timestamptz (microsecond precision; callers truncate), identifiers are
-- uuid, strings are text with CHECK constraints on length and on enumerated values. Secrets are
-- never stored: only hashes of tokens and password hashes in PHC form.

-- Identity --------------------------------------------------------------------------------------

CREATE TABLE accounts (
    id                  uuid        PRIMARY KEY,
    email               text        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    password_hash       text        NOT NULL CHECK (char_length(password_hash) BETWEEN 1 AND 512),
    created_at          timestamptz NOT NULL,
    email_verified_at   timestamptz,
    password_changed_at timestamptz NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email)
);
COMMENT ON TABLE accounts IS
    'One row per account. email is stored in normal form (trimmed, lower case) by the identity '
    'capability, so the unique constraint compares normalised addresses.';
COMMENT ON COLUMN accounts.password_hash IS
    'Encoded password hash with its parameters (PHC string). Never logged.';

CREATE TABLE email_verifications (
    token_hash  text        PRIMARY KEY CHECK (char_length(token_hash) BETWEEN 1 AND 128),
    account_id  uuid        NOT NULL REFERENCES accounts (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX email_verifications_account ON email_verifications (account_id);
COMMENT ON TABLE email_verifications IS
    'Single-use e-mail verification tokens. Only the SHA-256 of a token is stored; used_at is set '
    'at most once.';

CREATE TABLE sessions (
    id              uuid        PRIMARY KEY,
    account_id      uuid        NOT NULL REFERENCES accounts (id),
    token_hash      text        NOT NULL CHECK (char_length(token_hash) BETWEEN 1 AND 128),
    created_at      timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL,
    idle_expires_at timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    ip_address      text        CHECK (char_length(ip_address) <= 100),
    user_agent      text        CHECK (char_length(user_agent) <= 8192),
    ended_at        timestamptz,
    end_reason      text        CHECK (char_length(end_reason) BETWEEN 1 AND 64),
    CONSTRAINT sessions_token_hash_key UNIQUE (token_hash),
    CONSTRAINT sessions_end_complete CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX sessions_active_by_account
    ON sessions (account_id, created_at DESC) WHERE ended_at IS NULL;
COMMENT ON TABLE sessions IS
    'Sign-in sessions. The bearer token is never stored, only its SHA-256 (token_hash). A session '
    'is active while ended_at is null and now is before both idle_expires_at and expires_at.';

CREATE TABLE sign_in_devices (
    account_id        uuid        NOT NULL REFERENCES accounts (id),
    device_token_hash text        NOT NULL CHECK (char_length(device_token_hash) BETWEEN 1 AND 128),
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    PRIMARY KEY (account_id, device_token_hash)
);
COMMENT ON TABLE sign_in_devices IS
    'Devices (by hashed device token) each account has signed in from. A known device is exempt '
    'from the per-account throttle.';

CREATE TABLE sign_in_sources (
    account_id    uuid        NOT NULL REFERENCES accounts (id),
    source_hash   bytea       NOT NULL CHECK (octet_length(source_hash) = 32),
    ip_address    text        CHECK (char_length(ip_address) <= 100),
    user_agent    text        CHECK (char_length(user_agent) <= 8192),
    first_seen_at timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, source_hash)
);
COMMENT ON TABLE sign_in_sources IS
    'IP address and user agent pairs each account has signed in from, used to notify about '
    'sign-ins from new ones.';
COMMENT ON COLUMN sign_in_sources.source_hash IS
    'SHA-256 over the (ip_address, user_agent) pair, so the key stays short however long the user '
    'agent is. Null and empty values hash differently.';

CREATE TABLE sign_in_throttles (
    key             text        PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 512),
    failures        integer     NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL
);
COMMENT ON TABLE sign_in_throttles IS
    'Consecutive sign-in failures per throttle key (an account, a device, an IP, a network) since '
    'the counting window last restarted.';

-- Audit -----------------------------------------------------------------------------------------

CREATE TABLE audit_records (
    sequence      bigint      PRIMARY KEY CHECK (sequence > 0),
    occurred_at   timestamptz NOT NULL,
    type          text        NOT NULL CHECK (char_length(type) BETWEEN 1 AND 128),
    actor_kind    text        NOT NULL
        CHECK (actor_kind IN ('ACCOUNT', 'OPERATOR', 'SYSTEM', 'ANONYMOUS')),
    actor_id      text        CHECK (char_length(actor_id) <= 256),
    account_id    uuid,
    ip_address    text        CHECK (char_length(ip_address) <= 100),
    user_agent    text        CHECK (char_length(user_agent) <= 8192),
    data          jsonb       NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    previous_hash text        NOT NULL CHECK (char_length(previous_hash) BETWEEN 1 AND 128),
    hash          text        NOT NULL CHECK (char_length(hash) BETWEEN 1 AND 128)
);
CREATE INDEX audit_records_by_account ON audit_records (account_id, sequence);
COMMENT ON TABLE audit_records IS
    'The hash-chained audit trail, append only: each record holds the hash of the one before it. '
    'A trigger refuses UPDATE, DELETE and TRUNCATE; verification detects what gets past it.';
COMMENT ON COLUMN audit_records.data IS
    'Further facts as a flat JSON object of strings (never secrets).';

CREATE TABLE audit_chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    sequence  bigint  NOT NULL CHECK (sequence >= 0),
    hash      text    CHECK (char_length(hash) BETWEEN 1 AND 128),
    CONSTRAINT audit_chain_head_empty CHECK ((sequence = 0) = (hash IS NULL))
);
INSERT INTO audit_chain_head (singleton, sequence, hash) VALUES (true, 0, NULL);
COMMENT ON TABLE audit_chain_head IS
    'Exactly one row: the sequence and hash of the newest audit record (sequence 0 and no hash '
    'while the trail is empty). Kept apart from the records so removing the newest records is '
    'detectable; appends lock this row, which serialises them.';

CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
COMMENT ON FUNCTION audit_refuse_change() IS
    'Refuses changes to the append-only audit trail (defence in depth: the hash chain still '
    'detects changes made by someone able to disable the trigger).';

CREATE TRIGGER audit_records_append_only
    BEFORE UPDATE OR DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_records_no_truncate
    BEFORE TRUNCATE ON audit_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_kept
    BEFORE DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Notification ----------------------------------------------------------------------------------

CREATE TABLE outbox_messages (
    id              uuid        PRIMARY KEY,
    account_id      uuid,
    kind            text        NOT NULL
        CHECK (kind IN ('EMAIL_VERIFICATION', 'REGISTRATION_ATTEMPT', 'NEW_SIGN_IN', 'PASSWORD_CHANGED')),
    recipient       text        NOT NULL CHECK (char_length(recipient) BETWEEN 1 AND 254),
    subject         text        NOT NULL CHECK (char_length(subject) <= 998),
    body            text        NOT NULL CHECK (char_length(body) <= 100000),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text        CHECK (char_length(last_error) <= 2000),
    CONSTRAINT outbox_messages_sent_at CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_messages_by_creation ON outbox_messages (created_at DESC);
COMMENT ON TABLE outbox_messages IS
    'The transactional outbox: messages are written with the change that causes them, then claimed '
    'with a lease (next_attempt_at moves to the end of the lease), sent, and marked SENT exactly '
    'once. FAILED means every attempt failed.';
