package io.rampart.risk;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about one IP address: its country (ISO 3166-1 alpha-2), autonomous system,
 * location, and whether it belongs to an anonymising service (VPN, Tor, proxy), a hosting provider,
 * or a list of known-bad addresses.
 */
public record IpFacts(
    Optional<String> country,
    OptionalInt asn,
    Optional<Coordinates> coordinates,
    boolean anonymiser,
    boolean hosting,
    boolean knownBad) {
  /** Nothing is known: for absent IPs and addresses missing from every data set. */
  public static final IpFacts UNKNOWN =
      new IpFacts(Optional.empty(), OptionalInt.empty(), Optional.empty(), false, false, false);

  public IpFacts {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(asn, "asn");
    Objects.requireNonNull(coordinates, "coordinates");
  }
}
