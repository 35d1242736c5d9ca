-- Hardening (#2): sign-in attempts are counted before the password is hashed and settled after,
-- and an address whose account is not verified yet gets its own notice when registered again.

-- A reservation returns the state before its own increment, read in the same statement that
-- increments: the row keeps that previous state. A key whose attempts were all given back keeps
-- a row with no failures until it is removed, which is the same as having no row.
ALTER TABLE sign_in_throttles
    ADD COLUMN previous_failures   integer     NOT NULL DEFAULT 0 CHECK (previous_failures >= 0),
    ADD COLUMN previous_failure_at timestamptz;
ALTER TABLE sign_in_throttles DROP CONSTRAINT sign_in_throttles_failures_check;
ALTER TABLE sign_in_throttles ADD CONSTRAINT sign_in_throttles_failures_check CHECK (failures >= 0);
COMMENT ON COLUMN sign_in_throttles.previous_failures IS
    'failures just before the latest count (0 if the key had none), returned to the attempt that '
    'counted it; meaningless otherwise.';
COMMENT ON COLUMN sign_in_throttles.previous_failure_at IS
    'last_failure_at just before the latest count, or null; see previous_failures.';

-- A registration for an address whose account still waits for verification gets its own notice.
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_kind_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_kind_check
    CHECK (kind IN ('EMAIL_VERIFICATION', 'REGISTRATION_ATTEMPT', 'REGISTRATION_PENDING',
                    'NEW_SIGN_IN', 'PASSWORD_CHANGED'));
