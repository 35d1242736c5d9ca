package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;
import java.util.Arrays;

/**
 * One kind of list (anonymising, hosting or known-bad networks) merged from its files: address
 * ranges, and autonomous systems all of whose addresses count. Immutable and thread-safe.
 */
public final class IpList {
  public static final IpList EMPTY = new IpList(AddressRanges.EMPTY, new long[0]);

  private final AddressRanges networks;
  private final long[] asns;

  /**
   * @param asns AS numbers, sorted, without duplicates
   */
  IpList(AddressRanges networks, long[] asns) {
    this.networks = networks;
    this.asns = asns;
  }

  /** Whether {@code ip} is in a listed network or {@code asn} (-1 if unknown) is listed. */
  public boolean contains(IpAddress ip, long asn) {
    return networks.find(ip) != AddressRanges.ABSENT
        || (asn >= 0 && asns.length > 0 && Arrays.binarySearch(asns, asn) >= 0);
  }

  public boolean isEmpty() {
    return networks.size() == 0 && asns.length == 0;
  }

  /** Disjoint address ranges after merging overlapping and adjacent entries. */
  public int networkCount() {
    return networks.size();
  }

  public int asnCount() {
    return asns.length;
  }

  public long heapBytes() {
    return networks.heapBytes() + 8L * asns.length;
  }
}
