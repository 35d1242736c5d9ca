package io.rampart.risk.internal;

import java.io.DataInput;
import java.io.EOFException;

/**
 * A {@link DataInput} over a byte array, without the locking and virtual calls of {@code
 * DataInputStream} over a {@code ByteArrayInputStream}: profiles are decoded once per event.
 */
public final class ByteArrayInput implements DataInput {
  private final byte[] bytes;
  private int position;

  public ByteArrayInput(byte[] bytes) {
    this.bytes = bytes;
  }

  public int remaining() {
    return bytes.length - position;
  }

  private void need(int n) throws EOFException {
    if (bytes.length - position < n) {
      throw new EOFException("profile ends early");
    }
  }

  @Override
  public void readFully(byte[] b) throws EOFException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws EOFException {
    need(len);
    System.arraycopy(bytes, position, b, off, len);
    position += len;
  }

  @Override
  public int skipBytes(int n) {
    int skipped = Math.max(0, Math.min(n, remaining()));
    position += skipped;
    return skipped;
  }

  @Override
  public boolean readBoolean() throws EOFException {
    return readUnsignedByte() != 0;
  }

  @Override
  public byte readByte() throws EOFException {
    need(1);
    return bytes[position++];
  }

  @Override
  public int readUnsignedByte() throws EOFException {
    need(1);
    return bytes[position++] & 0xff;
  }

  @Override
  public short readShort() throws EOFException {
    return (short) readUnsignedShort();
  }

  @Override
  public int readUnsignedShort() throws EOFException {
    need(2);
    int v = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
    position += 2;
    return v;
  }

  @Override
  public char readChar() throws EOFException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws EOFException {
    need(4);
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (bytes[position++] & 0xff);
    }
    return v;
  }

  @Override
  public long readLong() throws EOFException {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (bytes[position++] & 0xff);
    }
    return v;
  }

  @Override
  public float readFloat() throws EOFException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws EOFException {
    return Double.longBitsToDouble(readLong());
  }

  /** Profiles hold no text. */
  @Override
  public String readLine() {
    throw new UnsupportedOperationException("profiles hold no text");
  }

  /** Profiles hold no text. */
  @Override
  public String readUTF() {
    throw new UnsupportedOperationException("profiles hold no text");
  }
}
