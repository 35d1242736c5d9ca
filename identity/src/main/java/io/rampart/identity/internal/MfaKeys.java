package io.rampart.identity.internal;

import io.rampart.identity.ChallengeId;
import io.rampart.identity.MfaSettings;
import io.rampart.kernel.AccountId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets derived from the MFA key: one key seals authenticator-app seeds (AES-256-GCM, bound
 * to their account, so a sealed seed copied to another account's row does not open), another keys
 * the hashes of e-mailed codes (HMAC-SHA-256, so a reader of the database cannot try the million
 * codes offline). Thread-safe.
 */
final class MfaKeys {
  private static final String VERSION = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec sealing;
  private final SecretKeySpec codeHashing;
  private final SecureRandom random;

  MfaKeys(MfaSettings.SecretKey key, SecureRandom random) {
    byte[] master = key.bytes();
    try {
      this.sealing = new SecretKeySpec(derive(master, "rampart totp seed sealing v1"), "AES");
      this.codeHashing =
          new SecretKeySpec(derive(master, "rampart e-mail code hashing v1"), "HmacSHA256");
    } finally {
      Arrays.fill(master, (byte) 0);
    }
    this.random = random;
  }

  /** Seals a seed for an account: {@code v1.} then base64url(nonce, ciphertext and tag). */
  String seal(AccountId account, byte[] seed) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(account));
      byte[] sealed = cipher.doFinal(seed);
      ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
      return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /**
   * Opens a sealed seed.
   *
   * @throws IllegalStateException if it was sealed under another key or for another account, or
   *     altered (the message says so without any of the secret)
   */
  byte[] open(AccountId account, String sealed) {
    if (!sealed.startsWith(VERSION)) {
      throw new IllegalStateException("an authenticator-app seed has an unknown format");
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(sealed.substring(VERSION.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("an authenticator-app seed is not valid base64url");
    }
    if (bytes.length <= NONCE_BYTES) {
      throw new IllegalStateException("an authenticator-app seed is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData(account));
      return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalStateException(
          "an authenticator-app seed does not open with the configured MFA key"
              + " (was rampart.mfa.key changed?) or was altered");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /** The keyed hash of an e-mailed code, bound to its challenge. Lower-case hex. */
  String codeHash(ChallengeId challenge, String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(codeHashing);
      return HexFormat.of()
          .formatHex(mac.doFinal((challenge + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
    }
  }

  private static byte[] associatedData(AccountId account) {
    return ("rampart-totp-seed:" + account).getBytes(StandardCharsets.UTF_8);
  }

  /** HKDF-Expand (RFC 5869) for one block, with the master key as the pseudorandom key. */
  private static byte[] derive(byte[] master, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master, "HmacSHA256"));
      mac.update(label.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 1);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
    }
  }
}
