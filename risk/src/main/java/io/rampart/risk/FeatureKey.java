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

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  public static long of(String value) {
    if (value == null || value.isEmpty()) {
      return ABSENT;
    }
    long h = FNV_OFFSET;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * FNV_PRIME;
    }
    return finish(h);
  }

  /**
   * The key of an autonomous system number: the key of its text {@code "AS" + asn}, hashed from the
   * digits without building the string (every sign-in hashes one).
   */
  public static long ofAsn(int asn) {
    long h = (FNV_OFFSET ^ 'A') * FNV_PRIME;
    h = (h ^ 'S') * FNV_PRIME;
    if (asn < 0) {
      h = (h ^ '-') * FNV_PRIME;
    }
    // Digits from the most significant, of the magnitude as a negative int (no overflow at MIN).
    int negative = asn < 0 ? asn : -asn;
    int scale = 1;
    while (negative / scale <= -10) {
      scale *= 10;
    }
    for (; scale > 0; scale /= 10) {
      h = (h ^ ('0' - (negative / scale) % 10)) * FNV_PRIME;
    }
    return finish(h);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == ABSENT ? 1L : h;
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
