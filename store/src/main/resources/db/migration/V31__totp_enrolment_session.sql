-- An authenticator-app set-up belongs to the session that started it (#4, audit fix): only that
-- session may confirm it, while its add-factor elevation lasts and within the challenge lifetime.
--
-- Set-ups started before this migration have no session to bind to and could be confirmed by any
-- session of the account at any age, which is the defect being fixed; they protect nothing yet,
-- so they are dropped and the owner starts the set-up again.
DELETE FROM totp_factors WHERE confirmed_at IS NULL;

ALTER TABLE totp_factors ADD COLUMN session_id uuid;
ALTER TABLE totp_factors ADD CONSTRAINT totp_factors_pending_session
    CHECK (confirmed_at IS NOT NULL OR session_id IS NOT NULL);
COMMENT ON COLUMN totp_factors.session_id IS
    'The session that started the set-up, the only one that may confirm it; kept after '
    'confirmation, null for apps confirmed before set-ups were bound to a session.';
