package io.rampart.risk;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address as numbers: an IPv4 address in the low 32 bits of {@code lo}, an IPv6
 * address in {@code hi} (first 64 bits) and {@code lo}. IPv4-mapped IPv6 addresses ({@code
 * ::ffff:a.b.c.d}) are IPv4 addresses.
 *
 * <p>{@link #parse} reads address literals only and never asks DNS: on release 21 the JDK has no
 * literal-only parser ({@code InetAddress.getByName} resolves anything that is not a valid
 * literal), and both IP data lookups and the network of a source ({@link SourceKeys}) need the
 * numbers anyway.
 */
public record IpAddress(boolean v4, long hi, long lo) implements Comparable<IpAddress> {
  private static final int MAX_LITERAL = 45;

  public static IpAddress v4(long value) {
    return new IpAddress(true, 0, value & 0xFFFF_FFFFL);
  }

  public static IpAddress v6(long hi, long lo) {
    if (hi == 0 && (lo >>> 32) == 0xFFFFL) {
      return v4(lo);
    }
    return new IpAddress(false, hi, lo);
  }

  /**
   * Reads a dotted-quad IPv4 address (no leading zeros) or an RFC 4291 IPv6 address (without zone
   * or brackets); {@code null} for anything else.
   */
  public static IpAddress parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LITERAL) {
      return null;
    }
    if (text.indexOf(':') < 0) {
      long value = parseV4(text, 0, text.length());
      return value < 0 ? null : v4(value);
    }
    return parseV6(text);
  }

  /** The IPv4 value of {@code text[from, to)}, or -1. */
  private static long parseV4(String text, int from, int to) {
    long value = 0;
    int parts = 0;
    int i = from;
    while (true) {
      int start = i;
      int octet = 0;
      while (i < to && i - start < 4 && isDigit(text.charAt(i))) {
        octet = octet * 10 + (text.charAt(i) - '0');
        i++;
      }
      int length = i - start;
      if (length == 0 || length > 3 || octet > 255 || (length > 1 && text.charAt(start) == '0')) {
        return -1;
      }
      value = (value << 8) | octet;
      parts++;
      if (i == to) {
        return parts == 4 ? value : -1;
      }
      if (parts == 4 || text.charAt(i) != '.') {
        return -1;
      }
      i++;
    }
  }

  private static IpAddress parseV6(String text) {
    int n = text.length();
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int i = 0;
    if (text.startsWith("::")) {
      gap = 0;
      i = 2;
    } else if (text.charAt(0) == ':') {
      return null;
    }
    while (i < n) {
      int start = i;
      int group = 0;
      while (i < n && i - start < 5 && hex(text.charAt(i)) >= 0) {
        group = (group << 4) | hex(text.charAt(i));
        i++;
      }
      if (i < n && text.charAt(i) == '.') {
        long tail = count <= 6 ? parseV4(text, start, n) : -1;
        if (tail < 0) {
          return null;
        }
        groups[count++] = (int) (tail >>> 16);
        groups[count++] = (int) (tail & 0xFFFF);
        break;
      }
      if (i == start || i - start > 4 || count == 8) {
        return null;
      }
      groups[count++] = group;
      if (i == n) {
        break;
      }
      if (text.charAt(i) != ':' || ++i == n) {
        return null;
      }
      if (text.charAt(i) == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = count;
        i++;
      }
    }
    if (gap < 0 ? count != 8 : count > 7) {
      return null;
    }
    long hi = 0;
    long lo = 0;
    int zeros = gap < 0 ? 0 : 8 - count;
    for (int g = 0, source = 0; g < 8; g++) {
      int value = (gap >= 0 && g >= gap && g < gap + zeros) ? 0 : groups[source++];
      if (g < 4) {
        hi = (hi << 16) | value;
      } else {
        lo = (lo << 16) | value;
      }
    }
    return v6(hi, lo);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  /** The address as the JDK's type, for the MaxMind DB reader; never asks DNS. */
  public InetAddress toInetAddress() {
    byte[] bytes;
    if (v4) {
      bytes = new byte[4];
      putInt(bytes, 0, (int) lo);
    } else {
      bytes = new byte[16];
      putInt(bytes, 0, (int) (hi >>> 32));
      putInt(bytes, 4, (int) hi);
      putInt(bytes, 8, (int) (lo >>> 32));
      putInt(bytes, 12, (int) lo);
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
    }
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  /** The first address of the block of {@code prefixLength} bits that holds this one. */
  public IpAddress networkStart(int prefixLength) {
    if (v4) {
      return v4(prefixLength == 0 ? 0 : lo & (0xFFFF_FFFFL << (32 - prefixLength)));
    }
    return new IpAddress(false, hi & highMask(prefixLength), lo & lowMask(prefixLength));
  }

  /** The last address of the block of {@code prefixLength} bits that holds this one. */
  public IpAddress networkEnd(int prefixLength) {
    if (v4) {
      return v4(lo | (0xFFFF_FFFFL >>> prefixLength));
    }
    return new IpAddress(false, hi | ~highMask(prefixLength), lo | ~lowMask(prefixLength));
  }

  private static long highMask(int prefixLength) {
    return prefixLength == 0 ? 0 : prefixLength >= 64 ? -1L : -1L << (64 - prefixLength);
  }

  private static long lowMask(int prefixLength) {
    return prefixLength <= 64 ? 0 : prefixLength == 128 ? -1L : -1L << (128 - prefixLength);
  }

  /** Orders addresses of one family as unsigned numbers. */
  @Override
  public int compareTo(IpAddress other) {
    int byHigh = Long.compareUnsigned(hi, other.hi);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(lo, other.lo);
  }

  @Override
  public String toString() {
    return toInetAddress().getHostAddress();
  }
}
