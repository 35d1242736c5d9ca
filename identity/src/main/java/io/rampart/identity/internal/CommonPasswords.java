package io.rampart.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A blocklist of common and breached passwords, compared case-insensitively.
 *
 * <p>The entries are lower-cased and packed back to back into one {@code char[]}, found through an
 * open-addressing hash table of entry numbers. For the bundled 110,000 entries that is about 3 MB
 * (a {@code HashSet<String>} takes about 8 MB); building it makes no object per entry and needs no
 * sort, so loading takes a few tens of milliseconds. A lookup never turns the password into a
 * {@code String}. Immutable and thread-safe.
 */
final class CommonPasswords {
  static final String BUNDLED_RESOURCE = "common-passwords.txt.gz";

  private final char[] packed;
  private final int[] starts;
  private final int[] table;

  private CommonPasswords(char[] packed, int[] starts, int[] table) {
    this.packed = packed;
    this.starts = starts;
    this.table = table;
  }

  /** The list bundled with Rampart, loaded once. */
  static CommonPasswords bundled() {
    return Bundled.LIST;
  }

  /** Builds a list from entries in any case; duplicates and blank entries are dropped. */
  static CommonPasswords of(List<String> entries) {
    Builder builder = new Builder(entries.size(), 16);
    for (String entry : entries) {
      builder.add(entry.toCharArray(), 0, entry.length());
    }
    return builder.build();
  }

  /** Reads gzip-compressed UTF-8 text with one password per line. */
  static CommonPasswords read(InputStream gzip) throws IOException {
    char[] text;
    try (InputStream in = new GZIPInputStream(gzip, 1 << 16)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toCharArray();
    }
    int lines = 1;
    for (char c : text) {
      if (c == '\n') {
        lines++;
      }
    }
    Builder builder = new Builder(lines, text.length);
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n') {
        builder.add(text, start, i);
        start = i + 1;
      }
    }
    return builder.build();
  }

  int size() {
    return starts.length - 1;
  }

  /** Whether the list holds {@code password}, ignoring case. */
  boolean contains(char[] password) {
    char[] lower = PasswordText.lowerCase(password);
    try {
      return find(table, packed, starts, lower, 0, lower.length) >= 0;
    } finally {
      PasswordText.wipe(lower);
    }
  }

  /** The slot holding an entry equal to {@code key[from, to)}, or {@code -(empty slot + 1)}. */
  private static int find(int[] table, char[] packed, int[] starts, char[] key, int from, int to) {
    int mask = table.length - 1;
    for (int slot = hash(key, from, to) & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot] - 1;
      if (entry < 0) {
        return -(slot + 1);
      }
      if (Arrays.equals(packed, starts[entry], starts[entry + 1], key, from, to)) {
        return slot;
      }
    }
  }

  private static int hash(char[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    return h ^ (h >>> 16);
  }

  /** Appends lower-cased entries, dropping blanks and duplicates as it goes. */
  private static final class Builder {
    private char[] packed;
    private int length;
    private final int[] starts;
    private int count;
    private final int[] table;

    Builder(int maxEntries, int expectedChars) {
      this.packed = new char[Math.max(16, expectedChars)];
      this.starts = new int[maxEntries + 1];
      this.table = new int[Integer.highestOneBit(Math.max(2, maxEntries) * 2) * 2];
    }

    void add(char[] source, int from, int to) {
      while (from < to && Character.isWhitespace(source[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(source[to - 1])) {
        to--;
      }
      if (from == to) {
        return;
      }
      int start = length;
      for (int i = from; i < to; ) {
        int codePoint = Character.codePointAt(source, i, to);
        ensureCapacity(2);
        length += Character.toChars(Character.toLowerCase(codePoint), packed, length);
        i += Character.charCount(codePoint);
      }
      starts[count] = start;
      starts[count + 1] = length;
      int slot = find(table, packed, starts, packed, start, length);
      if (slot >= 0) {
        length = start;
        return;
      }
      table[-slot - 1] = count + 1;
      count++;
    }

    CommonPasswords build() {
      starts[count] = length;
      return new CommonPasswords(
          Arrays.copyOf(packed, length), Arrays.copyOf(starts, count + 1), table);
    }

    private void ensureCapacity(int more) {
      if (length + more > packed.length) {
        packed = Arrays.copyOf(packed, packed.length * 2);
      }
    }
  }

  private static final class Bundled {
    static final CommonPasswords LIST = load();

    private static CommonPasswords load() {
      try (InputStream in = CommonPasswords.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
      }
    }
  }
}
