/**
 * The tamper-evident audit trail.
 *
 * <p><b>Owns:</b> the hash-chained log of security-relevant events and its verification.<br>
 * <b>Exposes:</b> {@link io.rampart.audit.AuditTrail} (append, read, verify), the records {@link
 * io.rampart.audit.AuditEvent} and {@link io.rampart.audit.AuditRecord}, the outcome {@link
 * io.rampart.audit.ChainVerification}, and the storage port {@link io.rampart.audit.AuditStore}.
 * <br>
 * <b>May use:</b> kernel.<br>
 * <b>Must not:</b> use Spring, JDBC, HTTP, Kafka or Jackson; know which capability emits which
 * event type.
 *
 * <p>Each record holds the hash of the record before it, so altering or removing any record breaks
 * every later link and {@link io.rampart.audit.AuditTrail#verify()} names the first broken one.
 * Records are appended inside the caller's transaction, so an event is recorded if and only if the
 * change it describes commits.
 */
package io.rampart.audit;
