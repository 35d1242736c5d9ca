-- Sanctions screening (#5): recorded customers, alerts and their dispositions, and which version
-- of each list entry the recorded customers were last screened against.
--
-- Lists themselves are not stored: they are read from their files or URLs at start and on
-- reload, and every result names the list versions it was screened against.

CREATE TABLE screening_customers (
    customer_id       text COLLATE "C" PRIMARY KEY CHECK (char_length(customer_id) BETWEEN 1 AND 128),
    name              text     NOT NULL CHECK (char_length(name) BETWEEN 1 AND 1024),
    party_type        text     NOT NULL
                      CHECK (party_type IN ('PERSON', 'ORGANISATION', 'VESSEL', 'AIRCRAFT', 'UNKNOWN')),
    birth_from_year   smallint,
    birth_to_year     smallint,
    birth_month       smallint CHECK (birth_month BETWEEN 0 AND 12),
    birth_day         smallint CHECK (birth_day BETWEEN 0 AND 31),
    birth_approximate boolean,
    nationality       text     CHECK (nationality ~ '^[A-Z]{2}$'),
    country           text     CHECK (country ~ '^[A-Z]{2}$'),
    digest            text     NOT NULL CHECK (char_length(digest) BETWEEN 1 AND 64),
    CONSTRAINT screening_customers_birth CHECK (
        (birth_from_year IS NULL) = (birth_to_year IS NULL)
        AND (birth_from_year IS NULL) = (birth_month IS NULL)
        AND (birth_from_year IS NULL) = (birth_day IS NULL)
        AND (birth_from_year IS NULL) = (birth_approximate IS NULL))
);
COMMENT ON TABLE screening_customers IS
    'Customers screened so far with their latest name and facts, so that every one of them is '
    'screened again when a list changes. customer_id is the exchange''s own identifier; it sorts '
    'byte-wise (COLLATE "C") so that rescreening pages through it in a stable order.';

CREATE TABLE screening_alerts (
    id              uuid        PRIMARY KEY,
    customer_id     text        NOT NULL CHECK (char_length(customer_id) BETWEEN 1 AND 128),
    kind            text        NOT NULL CHECK (kind IN ('NAME', 'ADDRESS')),
    screened        text        NOT NULL CHECK (char_length(screened) BETWEEN 1 AND 1024),
    list_name       text        NOT NULL CHECK (char_length(list_name) BETWEEN 1 AND 48),
    entry_id        text        NOT NULL CHECK (char_length(entry_id) BETWEEN 1 AND 200),
    listed_name     text        NOT NULL CHECK (char_length(listed_name) BETWEEN 1 AND 4000),
    matched         text        NOT NULL CHECK (char_length(matched) BETWEEN 1 AND 4000),
    score           double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    reasons         text[]      NOT NULL,
    customer_digest text        NOT NULL CHECK (char_length(customer_digest) BETWEEN 1 AND 64),
    entry_digest    text        NOT NULL CHECK (char_length(entry_digest) <= 64),
    list_version    text        NOT NULL CHECK (char_length(list_version) <= 200),
    status          text        NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED')),
    raised_at       timestamptz NOT NULL,
    decided_by      text        CHECK (char_length(decided_by) BETWEEN 1 AND 200),
    decided_at      timestamptz,
    decision_reason text        CHECK (char_length(decision_reason) BETWEEN 1 AND 1000),
    CONSTRAINT screening_alerts_key
        UNIQUE (customer_id, list_name, entry_id, customer_digest, entry_digest),
    CONSTRAINT screening_alerts_decision CHECK (
        (status = 'OPEN') = (decided_at IS NULL)
        AND (decided_at IS NULL) = (decided_by IS NULL)
        AND (decided_at IS NULL) = (decision_reason IS NULL))
);
CREATE INDEX screening_alerts_newest ON screening_alerts (raised_at DESC, id DESC);
CREATE INDEX screening_alerts_customer ON screening_alerts (customer_id, raised_at DESC, id DESC);
CREATE INDEX screening_alerts_status ON screening_alerts (status, raised_at DESC, id DESC);
COMMENT ON TABLE screening_alerts IS
    'Screening hits on customers awaiting or carrying an analyst''s decision. The unique key '
    '(customer, list, entry, customer digest, entry digest) is what keeps a dismissed hit from '
    'alerting again until the customer''s data or the entry changes.';

CREATE TABLE screening_list_entries (
    list_name text NOT NULL CHECK (char_length(list_name) BETWEEN 1 AND 48),
    entry_id  text NOT NULL CHECK (char_length(entry_id) BETWEEN 1 AND 200),
    digest    text NOT NULL CHECK (char_length(digest) BETWEEN 1 AND 64),
    PRIMARY KEY (list_name, entry_id)
);
COMMENT ON TABLE screening_list_entries IS
    'Per list, the digest of each entry as the recorded customers were last screened against it. '
    'A reload screens customers again only against entries whose digest differs or that are new.';
