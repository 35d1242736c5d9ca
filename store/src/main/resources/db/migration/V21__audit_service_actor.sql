-- Screening (#5): backend systems calling with a service key cause audited events (a screening
-- hit raised as an alert), attributed to the key's name as actor kind SERVICE.

ALTER TABLE audit_records DROP CONSTRAINT audit_records_actor_kind_check;
ALTER TABLE audit_records ADD CONSTRAINT audit_records_actor_kind_check
    CHECK (actor_kind IN ('ACCOUNT', 'OPERATOR', 'SYSTEM', 'ANONYMOUS', 'SERVICE'));
