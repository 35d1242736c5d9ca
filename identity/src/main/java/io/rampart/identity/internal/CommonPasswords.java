package io.rampart.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A blocklist of common and breached passwords, compared case-insensitively.
 *
 * <p>The entries are lower-cased, sorted and packed into one {@code char[]} with an offset table:
 * about 2.5 MB for the bundled 110,000 entries, where a {@code String[]} takes about 6 MB and a
 * {@code HashSet} about 11 MB. A lookup is a binary search over the packed text, so the password
 * never becomes a {@code String}. Immutable and thread-safe.
 */
final class CommonPasswords {
  static final String BUNDLED_RESOURCE = "common-passwords.txt.gz";

  private final char[] packed;
  private final int[] starts;

  private CommonPasswords(char[] packed, int[] starts) {
    this.packed = packed;
    this.starts = starts;
  }

  /** The list bundled with Rampart, loaded once. */
  static CommonPasswords bundled() {
    return Bundled.LIST;
  }

  /** Builds a list from entries in any case and order; duplicates are dropped. */
  static CommonPasswords of(List<String> entries) {
    List<String> lower = new ArrayList<>(entries.size());
    int chars = 0;
    for (String entry : entries) {
      String value = PasswordText.lowerCase(entry);
      lower.add(value);
      chars += value.length();
    }
    lower.sort(null);
    char[] packed = new char[chars];
    int[] starts = new int[lower.size() + 1];
    int count = 0;
    int position = 0;
    String previous = null;
    for (String value : lower) {
      if (value.isEmpty() || value.equals(previous)) {
        continue;
      }
      starts[count++] = position;
      value.getChars(0, value.length(), packed, position);
      position += value.length();
      previous = value;
    }
    starts[count] = position;
    return new CommonPasswords(Arrays.copyOf(packed, position), Arrays.copyOf(starts, count + 1));
  }

  static CommonPasswords read(InputStream gzip) throws IOException {
    List<String> entries = new ArrayList<>(120_000);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzip, 1 << 16), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
    }
    return of(entries);
  }

  int size() {
    return starts.length - 1;
  }

  /** Whether the list holds {@code password}, ignoring case. */
  boolean contains(char[] password) {
    char[] lower = PasswordText.lowerCase(password);
    try {
      int low = 0;
      int high = size() - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int order = compareEntry(middle, lower);
        if (order < 0) {
          low = middle + 1;
        } else if (order > 0) {
          high = middle - 1;
        } else {
          return true;
        }
      }
      return false;
    } finally {
      PasswordText.wipe(lower);
    }
  }

  private int compareEntry(int index, char[] key) {
    int start = starts[index];
    int length = starts[index + 1] - start;
    return Arrays.compare(packed, start, start + length, key, 0, key.length);
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
