package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

/**
 * The binary form of a {@link Profile}. Version 3 ({@link #VERSION}) is the profile's own
 * fixed-size layout ({@link ProfileLayout}), so encoding and decoding are copies; decoding checks
 * every size and range the engine relies on, and refuses anything else. Versions 2 and 1, written
 * before, are still read and converted ({@link LegacyProfiles}); they are never written. Layout
 * capacities (window widths, set capacities) are not stored; changing them needs a new version.
 */
public final class ProfileCodec {
  public static final int VERSION = ProfileLayout.VERSION;

  private ProfileCodec() {}

  public static byte[] encode(Profile p) {
    return p.bytes().clone();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a profile this version can read
   */
  public static Profile decode(byte[] bytes) {
    return new Profile(slot(bytes));
  }

  /**
   * The current form of stored profile bytes (of any version this one reads; {@code null}: the
   * empty profile), as new bytes the caller owns: for {@link Profile#view} and {@link
   * RiskEngine#observeInPlace}, and to store as they are.
   *
   * @throws IllegalArgumentException if the bytes are not a profile this version can read
   */
  public static byte[] slot(byte[] stored) {
    if (stored == null) {
      return ProfileLayout.empty();
    }
    if (stored.length == 0) {
      throw new IllegalArgumentException("corrupt profile: no bytes");
    }
    return switch (stored[0]) {
      case VERSION -> checked(stored.clone());
      case 2 -> LegacyProfiles.fromV2(stored);
      case 1 -> LegacyProfiles.fromV1(stored);
      default ->
          throw new IllegalArgumentException("unknown profile version " + (stored[0] & 0xFF));
    };
  }

  /** The bytes if they are a valid version-3 profile; refused otherwise. */
  private static byte[] checked(byte[] b) {
    if (b.length != BYTES) {
      throw corrupt("length " + b.length + ", not " + BYTES);
    }
    if (b[AMOUNT_SIZE] < 0 || b[AMOUNT_SIZE] > ASSETS) {
      throw corrupt("amounts larger than their bound");
    }
    for (int at :
        new int[] {FIRST_SEEN, LAST_ACTIVITY, LAST_NEW_DEVICE, LAST_FAILURE, LAST_WITHDRAWAL}) {
      if (i32(b, at) < 0) {
        throw corrupt("a negative time");
      }
    }
    if (!locationInRange(b, LATITUDE)) {
      throw corrupt("location out of range");
    }
    for (int s = 0; s < SETS; s++) {
      int size = size(b, s);
      if (size < 0 || size > CAPACITY[s]) {
        throw corrupt("a set larger than its bound");
      }
      for (int i = 0; i < size; i++) {
        int e = SET_AT[s] + i * ENTRY[s];
        if ((COUNTED[s] && u16(b, e + ENTRY[s] - 2) == 0)
            || (TIMED[s] && i32(b, e + KEY_BYTES[s]) < 0)) {
          throw corrupt("an entry never seen");
        }
      }
      unused(b, SET_AT[s] + size * ENTRY[s], SET_AT[s] + CAPACITY[s] * ENTRY[s]);
    }
    int assets = b[AMOUNT_SIZE];
    for (int i = 0; i < assets; i++) {
      if (u16(b, AMOUNTS + i * AMOUNT_ENTRY + 4) < 1) {
        throw corrupt("an asset without samples");
      }
    }
    unused(b, AMOUNTS + assets * AMOUNT_ENTRY, AMOUNTS + ASSETS * AMOUNT_ENTRY);
    return b;
  }

  /** Entries past a section's size are zero, so a profile has one form. */
  private static void unused(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        throw corrupt("bytes past a section's entries");
      }
    }
  }

  static IllegalArgumentException corrupt(String what) {
    return new IllegalArgumentException("corrupt profile: " + what);
  }
}
