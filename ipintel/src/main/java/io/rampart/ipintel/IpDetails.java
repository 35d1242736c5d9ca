package io.rampart.ipintel;

import io.rampart.risk.IpFacts;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known of an address: the {@link IpFacts} the risk engine uses, and the name of the
 * autonomous system's organisation, for people reading an assessment.
 */
public record IpDetails(IpFacts facts, Optional<String> asOrganisation) {
  public static final IpDetails UNKNOWN = new IpDetails(IpFacts.UNKNOWN, Optional.empty());

  public IpDetails {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOrganisation, "asOrganisation");
  }
}
