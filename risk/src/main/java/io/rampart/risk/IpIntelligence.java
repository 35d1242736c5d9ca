package io.rampart.risk;

/**
 * Looks up facts about IP addresses (geo-IP, ASN, anonymiser and reputation lists). The engine
 * never calls it: the caller looks the event's IP up and passes the facts in an {@link
 * EventContext}, so rules stay pure and a replay can reuse the facts recorded with the event.
 *
 * <p>Contract: {@link #lookup} MUST NOT return {@code null} (it returns {@link IpFacts#UNKNOWN} for
 * a {@code null}, malformed or unknown address); it MUST be deterministic for a given loaded data
 * set and MUST NOT throw for any input. Implementations MUST be thread-safe.
 */
public interface IpIntelligence {
  IpFacts lookup(String ip);
}
