package io.rampart.risk;

/**
 * The keys of an event's sources ({@link SourceKind}), under which {@link SourceStats} counts
 * sign-in attempts across accounts. A source that is not known (no IP, an IP that is not a literal,
 * no ASN in the IP facts) has the key {@link FeatureKey#ABSENT} and is never counted. Keys are
 * taken from the address's numbers, not its text, so every spelling of one IPv6 address is one
 * source; the three kinds never share a key.
 *
 * @param networkPrefix the length of the network's prefix: 24 (IPv4), 64 (IPv6), or 0 when unknown
 */
public record SourceKeys(long ip, long network, long asn, int networkPrefix) {
  /** No known source. */
  public static final SourceKeys NONE =
      new SourceKeys(FeatureKey.ABSENT, FeatureKey.ABSENT, FeatureKey.ABSENT, 0);

  private static final long IP_SALT = 0x9E3779B97F4A7C15L;
  private static final long NETWORK_SALT = 0xC2B2AE3D27D4EB4FL;
  private static final long ASN_SALT = 0x165667B19E3779F9L;

  /** The sources of a client at {@code ip} (may be {@code null}) with these facts. */
  public static SourceKeys of(String ip, IpFacts facts) {
    long asn =
        facts.asn().isPresent() ? key(ASN_SALT, 0, facts.asn().getAsInt()) : FeatureKey.ABSENT;
    IpAddress address = ip == null ? null : IpAddress.parse(ip);
    if (address == null) {
      return new SourceKeys(FeatureKey.ABSENT, FeatureKey.ABSENT, asn, 0);
    }
    int prefix = address.v4() ? 24 : 64;
    IpAddress network = address.networkStart(prefix);
    return new SourceKeys(
        key(IP_SALT ^ (address.v4() ? 4 : 6), address.hi(), address.lo()),
        key(NETWORK_SALT ^ (address.v4() ? 4 : 6), network.hi(), network.lo()),
        asn,
        prefix);
  }

  public long key(SourceKind kind) {
    return switch (kind) {
      case IP -> ip;
      case NETWORK -> network;
      case ASN -> asn;
    };
  }

  /** A stable 64-bit mix of a salted pair; never {@code ABSENT}. */
  private static long key(long salt, long hi, long lo) {
    long h = FeatureKey.mix(salt ^ FeatureKey.mix(hi) ^ Long.rotateLeft(FeatureKey.mix(lo), 29));
    return h == FeatureKey.ABSENT ? 1L : h;
  }
}
