package io.rampart.screening.internal.address;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The checksums addresses carry: Base58Check (Bitcoin and its forks, TRON, and XRP with its own
 * alphabet), Bech32 and Bech32m (BIP-173, BIP-350) and CashAddr (Bitcoin Cash). Each verifies a
 * string as written; none decodes more than it needs to.
 */
final class Checksums {
  static final String BITCOIN_ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String RIPPLE_ALPHABET =
      "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
  static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private static final int BECH32_CONSTANT = 1;
  private static final int BECH32M_CONSTANT = 0x2bc830a3;

  private Checksums() {}

  /** Whether every character is in {@code alphabet}. */
  static boolean inAlphabet(String text, String alphabet) {
    for (int i = 0; i < text.length(); i++) {
      if (index(alphabet, text.charAt(i)) < 0) return false;
    }
    return true;
  }

  /**
   * Decodes Base58 in {@code alphabet}; {@code null} if a character is not in it. Base-256 digits
   * are kept in an int array and multiplied in place, which for address-sized input is far cheaper
   * than {@link java.math.BigInteger}.
   */
  static byte[] base58(String text, String alphabet) {
    int[] limbs = new int[(text.length() * 6 + 31) / 32 + 1];
    int used = 0;
    int i = 0;
    while (i < text.length()) {
      int chunk = Math.min(CHUNK, text.length() - i);
      long multiplier = POWERS[chunk];
      long value = 0;
      for (int k = 0; k < chunk; k++) {
        int digit = index(alphabet, text.charAt(i + k));
        if (digit < 0) return null;
        value = value * 58 + digit;
      }
      i += chunk;
      long carry = value;
      for (int k = 0; k < used; k++) {
        carry += (limbs[k] & 0xffffffffL) * multiplier;
        limbs[k] = (int) carry;
        carry >>>= 32;
      }
      while (carry != 0) {
        limbs[used++] = (int) carry;
        carry >>>= 32;
      }
    }
    byte[] magnitude = new byte[used * 4];
    for (int k = 0; k < used; k++) {
      int limb = limbs[used - 1 - k];
      magnitude[k * 4] = (byte) (limb >>> 24);
      magnitude[k * 4 + 1] = (byte) (limb >>> 16);
      magnitude[k * 4 + 2] = (byte) (limb >>> 8);
      magnitude[k * 4 + 3] = (byte) limb;
    }
    int skip = 0;
    while (skip < magnitude.length && magnitude[skip] == 0) skip++;
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == alphabet.charAt(0)) zeros++;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return out;
  }

  /**
   * Base58 digits taken at a time: 58^5 fits in 32 bits, so one chunk is one limb multiplication.
   */
  private static final int CHUNK = 5;

  private static final long[] POWERS = {
    1, 58, 58 * 58, 58 * 58 * 58, 58L * 58 * 58 * 58, 58L * 58 * 58 * 58 * 58
  };

  private static int index(String alphabet, char c) {
    if (alphabet == BITCOIN_ALPHABET) return c < 128 ? BITCOIN_DIGITS[c] : -1;
    return alphabet.indexOf(c);
  }

  private static final byte[] BITCOIN_DIGITS = digits(BITCOIN_ALPHABET);

  private static byte[] digits(String alphabet) {
    byte[] digits = new byte[128];
    java.util.Arrays.fill(digits, (byte) -1);
    for (int k = 0; k < alphabet.length(); k++) digits[alphabet.charAt(k)] = (byte) k;
    return digits;
  }

  /** Base58Check: the last four bytes are the first four of SHA-256(SHA-256(the rest)). */
  static boolean base58Check(String text, String alphabet) {
    byte[] bytes = base58(text, alphabet);
    if (bytes == null || bytes.length < 5) return false;
    byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
    byte[] hash = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (hash[i] != bytes[payload.length + i]) return false;
    }
    return true;
  }

  /** Bech32 or Bech32m, lower case, {@code hrp1data}: whether the checksum holds. */
  static boolean bech32(String text) {
    int separator = text.lastIndexOf('1');
    if (separator < 1 || separator + 7 > text.length() || text.length() > 90) return false;
    String hrp = text.substring(0, separator);
    int[] values = new int[hrp.length() * 2 + 1 + text.length() - separator - 1];
    int k = 0;
    for (int i = 0; i < hrp.length(); i++) {
      char c = hrp.charAt(i);
      if (c < 33 || c > 126) return false;
      values[k++] = c >> 5;
    }
    values[k++] = 0;
    for (int i = 0; i < hrp.length(); i++) values[k++] = hrp.charAt(i) & 31;
    for (int i = separator + 1; i < text.length(); i++) {
      int v = BECH32_CHARSET.indexOf(text.charAt(i));
      if (v < 0) return false;
      values[k++] = v;
    }
    int check = bech32Polymod(values);
    return check == BECH32_CONSTANT || check == BECH32M_CONSTANT;
  }

  private static int bech32Polymod(int[] values) {
    int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((top >>> i) & 1) != 0) chk ^= generator[i];
      }
    }
    return chk;
  }

  /**
   * CashAddr, lower case, with its prefix ({@code bitcoincash:q...}): whether the checksum holds.
   */
  static boolean cashAddr(String prefix, String payload) {
    long[] values = new long[prefix.length() + 1 + payload.length()];
    int k = 0;
    for (int i = 0; i < prefix.length(); i++) values[k++] = prefix.charAt(i) & 31;
    values[k++] = 0;
    for (int i = 0; i < payload.length(); i++) {
      int v = BECH32_CHARSET.indexOf(payload.charAt(i));
      if (v < 0) return false;
      values[k++] = v;
    }
    return cashAddrPolymod(values) == 0;
  }

  private static long cashAddrPolymod(long[] values) {
    long c = 1;
    for (long d : values) {
      long c0 = c >>> 35;
      c = ((c & 0x07ffffffffL) << 5) ^ d;
      if ((c0 & 0x01) != 0) c ^= 0x98f2bc8e61L;
      if ((c0 & 0x02) != 0) c ^= 0x79b76d99e2L;
      if ((c0 & 0x04) != 0) c ^= 0xf33e5fb3c4L;
      if ((c0 & 0x08) != 0) c ^= 0xae2eabe2a8L;
      if ((c0 & 0x10) != 0) c ^= 0x1e4f43e470L;
    }
    return c ^ 1;
  }

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
          });

  private static byte[] sha256(byte[] data) {
    return SHA_256.get().digest(data);
  }
}
