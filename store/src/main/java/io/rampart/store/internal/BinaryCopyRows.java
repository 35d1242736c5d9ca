package io.rampart.store.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows in PostgreSQL's binary {@code COPY} format (the header, each row's fields as length and
 * bytes in the type's binary form, the trailer), for {@code COPY ... FROM STDIN (FORMAT binary)}.
 * Binary needs no escaping, so any text travels as it is; PostgreSQL still checks every value
 * (encoding, constraints, unique indexes) as it would for an {@code INSERT}.
 *
 * <p>Not thread-safe: one instance builds one stream and sends it once.
 */
final class BinaryCopyRows {
  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };

  /** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z. */
  private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

  private static final int TEXT_OID = 25;
  private static final int INT4_OID = 23;

  private byte[] buf;
  private int count;

  BinaryCopyRows(int expectedBytes) {
    this(new byte[Math.max(64, expectedBytes)]);
  }

  /**
   * Builds the stream in {@code buffer} (its contents are overwritten), or in a larger copy when
   * the rows outgrow it: {@link #buffer()} gives the one in use.
   */
  BinaryCopyRows(byte[] buffer) {
    buf = buffer;
    write(SIGNATURE);
    int32(0); // flags: no OIDs
    int32(0); // no header extension
  }

  /** Starts a row of {@code fields} values, to be followed by exactly that many. */
  BinaryCopyRows row(int fields) {
    int16(fields);
    return this;
  }

  BinaryCopyRows nullValue() {
    int32(-1);
    return this;
  }

  BinaryCopyRows uuid(UUID value) {
    int32(16);
    int64(value.getMostSignificantBits());
    int64(value.getLeastSignificantBits());
    return this;
  }

  /** {@code text}, {@code json} (whose binary form is its text) or SQL NULL for {@code null}. */
  BinaryCopyRows text(String value) {
    if (value == null) {
      return nullValue();
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int32(bytes.length);
    write(bytes);
    return this;
  }

  BinaryCopyRows int4(int value) {
    int32(4);
    int32(value);
    return this;
  }

  BinaryCopyRows int8(long value) {
    int32(8);
    int64(value);
    return this;
  }

  BinaryCopyRows float8(double value) {
    int32(8);
    int64(Double.doubleToLongBits(value));
    return this;
  }

  BinaryCopyRows bool(boolean value) {
    int32(1);
    ensure(1);
    buf[count++] = (byte) (value ? 1 : 0);
    return this;
  }

  /**
   * {@code timestamptz}: microseconds since PostgreSQL's epoch, nanoseconds rounded to the nearest
   * microsecond (half to even), as PostgreSQL rounds a textual timestamp.
   */
  BinaryCopyRows timestamptz(Instant value) {
    long micros =
        Math.addExact(
            Math.multiplyExact(value.getEpochSecond(), 1_000_000L),
            (long) Math.rint(value.getNano() / 1_000.0));
    return int8(micros - POSTGRES_EPOCH_MICROS);
  }

  /** A one-dimensional {@code text[]} without NULL elements. */
  BinaryCopyRows textArray(String[] values) {
    byte[][] encoded = new byte[values.length][];
    int length = arrayHeaderBytes(values.length);
    for (int i = 0; i < values.length; i++) {
      encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
      length += 4 + encoded[i].length;
    }
    int32(length);
    arrayHeader(values.length, TEXT_OID);
    for (byte[] e : encoded) {
      int32(e.length);
      write(e);
    }
    return this;
  }

  /** A one-dimensional {@code integer[]} without NULL elements. */
  BinaryCopyRows int4Array(int[] values) {
    int32(arrayHeaderBytes(values.length) + 8 * values.length);
    arrayHeader(values.length, INT4_OID);
    for (int v : values) {
      int32(4);
      int32(v);
    }
    return this;
  }

  private void finish() {
    int16(-1);
  }

  /**
   * Ends the stream and sends it with {@code copy} ({@code COPY table (columns) FROM STDIN (FORMAT
   * binary)}) on the connection of the caller's transaction, if any.
   *
   * @return the rows PostgreSQL stored
   */
  long send(JdbcTemplate jdbc, String copy) {
    finish();
    Long rows =
        jdbc.execute(
            (ConnectionCallback<Long>)
                c -> {
                  CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
                  try {
                    in.writeToCopy(buf, 0, count);
                    return in.endCopy();
                  } finally {
                    if (in.isActive()) {
                      in.cancelCopy();
                    }
                  }
                });
    return rows == null ? 0 : rows;
  }

  int length() {
    return count;
  }

  /** The array the stream is built in, to build another stream in once this one is sent. */
  byte[] buffer() {
    return buf;
  }

  private static int arrayHeaderBytes(int elements) {
    return elements == 0 ? 12 : 20;
  }

  /** Dimensions, the no-NULLs flag, the element type and (when not empty) size and lower bound. */
  private void arrayHeader(int elements, int elementOid) {
    int32(elements == 0 ? 0 : 1);
    int32(0);
    int32(elementOid);
    if (elements > 0) {
      int32(elements);
      int32(1);
    }
  }

  private void int16(int v) {
    ensure(2);
    buf[count++] = (byte) (v >>> 8);
    buf[count++] = (byte) v;
  }

  private void int32(int v) {
    ensure(4);
    buf[count++] = (byte) (v >>> 24);
    buf[count++] = (byte) (v >>> 16);
    buf[count++] = (byte) (v >>> 8);
    buf[count++] = (byte) v;
  }

  private void int64(long v) {
    int32((int) (v >>> 32));
    int32((int) v);
  }

  private void write(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, count, bytes.length);
    count += bytes.length;
  }

  private void ensure(int more) {
    if (count + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }
  }
}
