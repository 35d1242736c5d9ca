package io.rampart.screening.internal.address;

import java.math.BigInteger;
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

  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);
  private static final int BECH32_CONSTANT = 1;
  private static final int BECH32M_CONSTANT = 0x2bc830a3;

  private Checksums() {}

  /** Whether every character is in {@code alphabet}. */
  static boolean inAlphabet(String text, String alphabet) {
    for (int i = 0; i < text.length(); i++) {
      if (alphabet.indexOf(text.charAt(i)) < 0) return false;
    }
    return true;
  }

  /** Decodes Base58 in {@code alphabet}; {@code null} if a character is not in it. */
  static byte[] base58(String text, String alphabet) {
    BigInteger value = BigInteger.ZERO;
    for (int i = 0; i < text.length(); i++) {
      int digit = alphabet.indexOf(text.charAt(i));
      if (digit < 0) return null;
      value = value.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = value.toByteArray();
    int strip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
    if (value.signum() == 0) strip = magnitude.length;
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == alphabet.charAt(0)) zeros++;
    byte[] out = new byte[zeros + magnitude.length - strip];
    System.arraycopy(magnitude, strip, out, zeros, magnitude.length - strip);
    return out;
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

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
