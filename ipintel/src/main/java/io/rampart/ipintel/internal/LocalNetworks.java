package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;

/**
 * Addresses that never reach Rampart from the internet: private, shared (carrier-grade NAT),
 * loopback, link-local, multicast and reserved ranges (RFC 6890). Geo-IP data says nothing true of
 * them, though some files map them to a country (the ip-location-db data of 2026-06 places
 * 192.168.0.0/16 in Australia), so the databases are not asked about them. They still count in
 * lists, where an operator may have put them on purpose.
 */
final class LocalNetworks {
  private static final AddressRanges RANGES =
      ranges(
          "0.0.0.0/8",
          "10.0.0.0/8",
          "100.64.0.0/10",
          "127.0.0.0/8",
          "169.254.0.0/16",
          "172.16.0.0/12",
          "192.168.0.0/16",
          "224.0.0.0/4",
          "240.0.0.0/4",
          "::/128",
          "::1/128",
          "fc00::/7",
          "fe80::/10",
          "ff00::/8");

  private LocalNetworks() {}

  static boolean contains(IpAddress ip) {
    return RANGES.find(ip) != AddressRanges.ABSENT;
  }

  private static AddressRanges ranges(String... blocks) {
    var builder = new AddressRanges.Builder();
    for (String block : blocks) {
      int slash = block.indexOf('/');
      builder.addNetwork(
          IpAddress.parse(block.substring(0, slash)),
          Integer.parseInt(block.substring(slash + 1)),
          0);
    }
    return builder.union();
  }
}
