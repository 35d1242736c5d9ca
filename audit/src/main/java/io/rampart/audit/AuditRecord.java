package io.rampart.audit;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Map;

/**
 * One link of the chain as stored.
 *
 * @param sequence position in the chain, starting at 1, without gaps
 * @param occurredAt when it was appended
 * @param type event type
 * @param actor who caused it
 * @param account the account it concerns, or {@code null}
 * @param ipAddress the client's IP, or {@code null}
 * @param userAgent the client's user agent, or {@code null}
 * @param data further facts, sorted by key
 * @param previousHash hex SHA-256 of the previous record; for the first record, 64 zeros
 * @param hash hex SHA-256 over this record's fields and {@code previousHash}
 */
public record AuditRecord(
    long sequence,
    Instant occurredAt,
    String type,
    Actor actor,
    AccountId account,
    String ipAddress,
    String userAgent,
    Map<String, String> data,
    String previousHash,
    String hash) {}
