package io.rampart.audit.internal;

import io.rampart.audit.AuditRecord;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of one link of the chain: hex SHA-256 over a canonical encoding of every field of a
 * record except its own hash.
 *
 * <p>The encoding is unambiguous: it starts with a version tag, every field has a fixed position,
 * numbers have a fixed width, and every text is written as a presence byte, a four-byte length and
 * its UTF-8 bytes. So no two different records encode to the same bytes, and moving characters from
 * one field to the next always changes the hash. The encoding must never change for records already
 * written; a new encoding would need a new version tag.
 */
public final class ChainHash {
  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private static final byte[] VERSION = "rampart-audit-v1".getBytes(StandardCharsets.US_ASCII);

  private ChainHash() {}

  /**
   * Computes the hash of {@code record}, ignoring its {@link AuditRecord#hash()}. Tolerates {@code
   * null} in any field, so a damaged record can still be hashed and compared.
   *
   * @throws IllegalArgumentException if a text holds an unpaired surrogate (it has no UTF-8 form)
   */
  public static String of(AuditRecord record) {
    Encoder out = new Encoder();
    out.bytes(VERSION);
    out.number(record.sequence());
    out.instant(record.occurredAt());
    out.text(record.type());
    out.text(record.actor() == null ? null : record.actor().kind().name());
    out.text(record.actor() == null ? null : record.actor().id());
    out.text(record.account() == null ? null : record.account().toString());
    out.text(record.ipAddress());
    out.text(record.userAgent());
    out.data(record.data());
    out.text(record.previousHash());
    return HexFormat.of().formatHex(sha256(out.toByteArray()));
  }

  /** Returns {@code unsealed} with its hash set to {@link #of} it. */
  public static AuditRecord seal(AuditRecord unsealed) {
    return new AuditRecord(
        unsealed.sequence(),
        unsealed.occurredAt(),
        unsealed.type(),
        unsealed.actor(),
        unsealed.account(),
        unsealed.ipAddress(),
        unsealed.userAgent(),
        unsealed.data(),
        unsealed.previousHash(),
        of(unsealed));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  private static final class Encoder {
    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final CharsetEncoder utf8 =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    void bytes(byte[] bytes) {
      out.writeBytes(bytes);
    }

    void number(long value) {
      out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    void count(int value) {
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
    }

    void instant(Instant instant) {
      if (instant == null) {
        out.write(ABSENT);
        return;
      }
      out.write(PRESENT);
      number(instant.getEpochSecond());
      count(instant.getNano());
    }

    void text(String text) {
      if (text == null) {
        out.write(ABSENT);
        return;
      }
      byte[] encoded = utf8(text);
      out.write(PRESENT);
      count(encoded.length);
      out.writeBytes(encoded);
    }

    void data(Map<String, String> data) {
      if (data == null) {
        out.write(ABSENT);
        return;
      }
      out.write(PRESENT);
      Map<String, String> sorted = new TreeMap<>(data);
      count(sorted.size());
      sorted.forEach(
          (key, value) -> {
            text(key);
            text(value);
          });
    }

    private byte[] utf8(String text) {
      try {
        ByteBuffer buffer = utf8.reset().encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("text is not valid Unicode (unpaired surrogate)", e);
      }
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }
  }
}
