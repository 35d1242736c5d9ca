package io.rampart.screening;

import java.util.List;
import java.util.Objects;

/**
 * The answer to screening a recorded customer: the screening itself, and the alert each hit is
 * under.
 *
 * @param <T> the screening's type ({@link NameScreening} or {@link AddressScreening})
 * @param alerts one per hit, in the order of the hits
 */
public record CustomerScreening<T>(T screening, List<HitAlert> alerts) {
  public CustomerScreening {
    Objects.requireNonNull(screening, "screening");
    alerts = List.copyOf(alerts);
  }

  /**
   * The alert for one hit.
   *
   * @param alert the alert, new or the earlier one for the same customer data and entry
   * @param raised whether this screening raised it; {@code false} means an earlier alert already
   *     covers the hit (open, confirmed, or dismissed, in which case it does not alert again)
   */
  public record HitAlert(Alert alert, boolean raised) {
    public HitAlert {
      Objects.requireNonNull(alert, "alert");
    }
  }
}
