package io.rampart.risk;

/**
 * Turns a feature value (IP, device id, address, ...) into the 64-bit key that profiles store
 * instead of the text: FNV-1a over whole UTF-16 code units, then a final mix. Stable across JVMs
 * and releases (profiles depend on it). Not cryptographic: an attacker who cannot read a profile
 * cannot target a key, and one who generates addresses by brute force faces 2<sup>64</sup> tries.
 */
public final class FeatureKey {
  /** The key of an absent value. */
  public static final long ABSENT = 0L;

  private FeatureKey() {}

  public static long of(String value) {
    if (value == null || value.isEmpty()) {
      return ABSENT;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == ABSENT ? 1L : h;
  }

  /** The key of an autonomous system number. */
  public static long ofAsn(int asn) {
    return of("AS" + asn);
  }

  /**
   * The finaliser of SplitMix64: a stable bijective mix of 64 bits, for the sketches that hash keys
   * into cells.
   */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
