package io.rampart.screening;

import java.util.List;
import java.util.Objects;

/**
 * The answer to an address screening.
 *
 * @param address the address in the form it was compared in
 * @param verdict what to do with it
 * @param hits the list entries that name it
 * @param analytics what the analytics provider says
 * @param lists every list in force, with its version
 */
public record AddressScreening(
    String address,
    Verdict verdict,
    List<AddressHit> hits,
    AnalyticsAnswer analytics,
    List<ListVersion> lists) {
  /** The overall answer. */
  public enum Verdict {
    /** A list names the address: money must not go to or come from it. */
    LISTED,
    /** No list names it, but the analytics provider rates it at or above the review threshold. */
    HIGH_RISK,
    /** Neither. */
    CLEAR
  }

  public AddressScreening {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(analytics, "analytics");
    hits = List.copyOf(hits);
    lists = List.copyOf(lists);
  }

  public boolean listed() {
    return verdict == Verdict.LISTED;
  }
}
