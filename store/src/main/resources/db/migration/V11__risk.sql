-- Risk engine hosting (#3): every event with its assessment, alerts for analysts, profiles
-- persisted behind the engine's cache, and the global feature counts.
--
-- An event and its assessment are one row: each event is assessed exactly once, when it arrives.
-- Its position in its account's history (account_seq) orders the rebuild of a profile.

CREATE TABLE risk_assessments (
    id                    uuid        PRIMARY KEY,
    sender                text        NOT NULL CHECK (char_length(sender) BETWEEN 1 AND 64),
    event_id              text        NOT NULL CHECK (char_length(event_id) BETWEEN 1 AND 128),
    account_id            text        NOT NULL CHECK (char_length(account_id) BETWEEN 1 AND 128),
    account_seq           bigint      NOT NULL CHECK (account_seq > 0),
    event_type            text        NOT NULL CHECK (char_length(event_type) BETWEEN 1 AND 32),
    occurred_at           timestamptz NOT NULL,
    recorded_at           timestamptz NOT NULL,
    event                 json        NOT NULL CHECK (json_typeof(event) = 'object'),
    ip_country            text        CHECK (char_length(ip_country) BETWEEN 1 AND 8),
    ip_asn                integer,
    ip_latitude           double precision,
    ip_longitude          double precision,
    ip_anonymiser         boolean     NOT NULL,
    ip_hosting            boolean     NOT NULL,
    ip_known_bad          boolean     NOT NULL,
    action                text        NOT NULL CHECK (char_length(action) BETWEEN 1 AND 32),
    decision              text        NOT NULL
        CHECK (decision IN ('ALLOW', 'CHALLENGE', 'REVIEW', 'DENY')),
    score                 integer     NOT NULL CHECK (score >= 0),
    reason_codes          text[]      NOT NULL,
    reason_points         integer[]   NOT NULL,
    reason_details        text[]      NOT NULL,
    policy_version        text        NOT NULL CHECK (char_length(policy_version) BETWEEN 1 AND 128),
    shadow_decision       text        CHECK (shadow_decision IN ('ALLOW', 'CHALLENGE', 'REVIEW', 'DENY')),
    shadow_score          integer     CHECK (shadow_score >= 0),
    shadow_reason_codes   text[],
    shadow_reason_points  integer[],
    shadow_reason_details text[],
    shadow_policy_version text        CHECK (char_length(shadow_policy_version) BETWEEN 1 AND 128),
    CONSTRAINT risk_assessments_event_key UNIQUE (sender, event_id),
    CONSTRAINT risk_assessments_account_seq_key UNIQUE (account_id, account_seq),
    CONSTRAINT risk_assessments_location CHECK ((ip_latitude IS NULL) = (ip_longitude IS NULL)),
    CONSTRAINT risk_assessments_reasons CHECK (
        cardinality(reason_codes) = cardinality(reason_points)
        AND cardinality(reason_codes) = cardinality(reason_details)),
    CONSTRAINT risk_assessments_shadow CHECK (
        (shadow_decision IS NULL) = (shadow_policy_version IS NULL)
        AND (shadow_decision IS NULL) = (shadow_score IS NULL)
        AND (shadow_decision IS NULL) = (shadow_reason_codes IS NULL))
);
-- Recovery after a crash looks for accounts recorded since the last checkpoint: rows arrive in
-- time order, so a BRIN index is enough and costs next to nothing per insert.
CREATE INDEX risk_assessments_by_recording ON risk_assessments USING brin (recorded_at);
COMMENT ON TABLE risk_assessments IS
    'Every risk event with its assessment, append only. (sender, event_id) makes a re-sent event '
    'change nothing; (account_id, account_seq) orders an account''s events for rebuilding its '
    'profile. event is kept as sent (json, not jsonb, so it reads back byte for byte). The ip_* columns are the facts the engine used, so a rebuild uses the same. shadow_* '
    'is the assessment under the candidate policy, recorded but not enforced.';

CREATE TABLE risk_alerts (
    id             uuid        PRIMARY KEY,
    assessment_id  uuid        NOT NULL,
    account_id     text        NOT NULL CHECK (char_length(account_id) BETWEEN 1 AND 128),
    action         text        NOT NULL CHECK (char_length(action) BETWEEN 1 AND 32),
    decision       text        NOT NULL CHECK (decision IN ('ALLOW', 'CHALLENGE', 'REVIEW', 'DENY')),
    score          integer     NOT NULL CHECK (score >= 0),
    reasons        text[]      NOT NULL,
    policy_version text        NOT NULL CHECK (char_length(policy_version) BETWEEN 1 AND 128),
    raised_at      timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    closed_at      timestamptz,
    closed_by      text        CHECK (char_length(closed_by) BETWEEN 1 AND 256),
    note           text        CHECK (char_length(note) <= 2000),
    CONSTRAINT risk_alerts_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX risk_alerts_by_account ON risk_alerts (account_id, raised_at DESC, id DESC);
CREATE INDEX risk_alerts_by_time ON risk_alerts (raised_at DESC, id DESC);
COMMENT ON TABLE risk_alerts IS
    'Assessments for an analyst: every REVIEW or DENY raises one. OPEN until an operator closes '
    'it with a note.';

CREATE TABLE risk_profiles (
    account_id  text    PRIMARY KEY CHECK (char_length(account_id) BETWEEN 1 AND 128),
    applied_seq bigint  NOT NULL CHECK (applied_seq >= 0),
    profile     bytea   NOT NULL CHECK (octet_length(profile) <= 65536)
);
COMMENT ON TABLE risk_profiles IS
    'Behavioural profiles in ProfileCodec form, written behind the engine''s cache. applied_seq '
    'is the last event (account_seq) included; later events are applied on load.';

CREATE TABLE risk_checkpoints (
    writer integer     PRIMARY KEY CHECK (writer >= 0),
    at     timestamptz NOT NULL
);
COMMENT ON TABLE risk_checkpoints IS
    'Per engine shard: the time up to which everything it held was written. Recovery replays '
    'accounts recorded since the oldest checkpoint.';

CREATE TABLE risk_feature_counts (
    feature text   NOT NULL
        CHECK (feature IN ('COUNTRY', 'ASN', 'IP', 'OS', 'BROWSER', 'USER_AGENT', 'TOTAL')),
    key     bigint NOT NULL,
    count   bigint NOT NULL CHECK (count >= 0),
    PRIMARY KEY (feature, key)
);
COMMENT ON TABLE risk_feature_counts IS
    'How often each feature value (a FeatureKey hash) was seen in successful sign-ins across all '
    'accounts; the TOTAL row (key 0) counts the sign-ins. Written with the profiles they came from.';
