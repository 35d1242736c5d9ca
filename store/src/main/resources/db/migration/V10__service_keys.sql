-- Service keys (#3): backend systems (an exchange's servers) call Rampart with scoped keys.
-- Only the SHA-256 of a key's secret is stored; the secret has 256 bits of entropy, so a fast
-- hash is enough and can be looked up directly.

CREATE TABLE service_keys (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
    prefix       text        NOT NULL CHECK (char_length(prefix) BETWEEN 1 AND 16),
    secret_hash  bytea       NOT NULL CHECK (octet_length(secret_hash) = 32),
    scopes       text[]      NOT NULL CHECK (cardinality(scopes) BETWEEN 1 AND 32),
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL CHECK (char_length(created_by) BETWEEN 1 AND 256),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT service_keys_secret_hash_key UNIQUE (secret_hash)
);
CREATE INDEX service_keys_by_creation ON service_keys (created_at DESC, id DESC);
COMMENT ON TABLE service_keys IS
    'Scoped keys of backend callers. secret_hash is the SHA-256 of the secret shown once at '
    'creation; prefix is its first characters, to tell keys apart. A key works while revoked_at '
    'is null. last_used_at is kept to the minute.';
