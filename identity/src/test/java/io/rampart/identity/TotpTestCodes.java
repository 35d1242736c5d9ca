package io.rampart.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** What an authenticator app does with a shown secret: decode it and compute codes. */
public final class TotpTestCodes {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final TimeBasedOneTimePasswordGenerator APP =
      new TimeBasedOneTimePasswordGenerator();

  private TotpTestCodes() {}

  public static String code(byte[] seed, Instant at) {
    try {
      return APP.generateOneTimePasswordString(new SecretKeySpec(seed, "HmacSHA1"), at);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String code(String base32Secret, Instant at) {
    return code(decodeBase32(base32Secret), at);
  }

  public static byte[] decodeBase32(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(Locale.ROOT).replace("=", "").toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
