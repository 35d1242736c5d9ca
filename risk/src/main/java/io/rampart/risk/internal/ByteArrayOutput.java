package io.rampart.risk.internal;

import java.io.DataOutput;
import java.util.Arrays;

/**
 * A growing {@link DataOutput} into a byte array, without the locking of {@code DataOutputStream}
 * over a {@code ByteArrayOutputStream}: profiles are encoded once per event.
 */
public final class ByteArrayOutput implements DataOutput {
  private byte[] bytes;
  private int size;

  public ByteArrayOutput(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b) {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }

  @Override
  public void writeBoolean(boolean v) {
    write(v ? 1 : 0);
  }

  @Override
  public void writeByte(int v) {
    write(v);
  }

  @Override
  public void writeShort(int v) {
    write(v >>> 8);
    write(v);
  }

  @Override
  public void writeChar(int v) {
    writeShort(v);
  }

  @Override
  public void writeInt(int v) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (v >>> shift);
    }
  }

  @Override
  public void writeLong(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (v >>> shift);
    }
  }

  @Override
  public void writeFloat(float v) {
    writeInt(Float.floatToIntBits(v));
  }

  @Override
  public void writeDouble(double v) {
    writeLong(Double.doubleToLongBits(v));
  }

  /** Profiles hold no text. */
  @Override
  public void writeBytes(String s) {
    throw new UnsupportedOperationException("profiles hold no text");
  }

  /** Profiles hold no text. */
  @Override
  public void writeChars(String s) {
    throw new UnsupportedOperationException("profiles hold no text");
  }

  /** Profiles hold no text. */
  @Override
  public void writeUTF(String s) {
    throw new UnsupportedOperationException("profiles hold no text");
  }
}
