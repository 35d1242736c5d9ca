package io.rampart.identity.internal;

/**
 * RFC 4648 base32 without padding, the form authenticator apps take seeds in (Apache Commons Codec
 * does the encoding; the padding is dropped).
 */
final class Base32 {
  private static final org.apache.commons.codec.binary.Base32 CODEC =
      new org.apache.commons.codec.binary.Base32();

  private Base32() {}

  static String encode(byte[] bytes) {
    String padded = CODEC.encodeAsString(bytes);
    int end = padded.indexOf('=');
    return end < 0 ? padded : padded.substring(0, end);
  }
}
