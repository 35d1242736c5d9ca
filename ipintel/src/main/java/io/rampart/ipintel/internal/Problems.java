package io.rampart.ipintel.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, each naming the file and line. Only the first few are kept, with
 * a count of the rest, so that a wrong file does not flood the log.
 */
final class Problems {
  private static final int KEPT = 10;
  private static final int SHOWN_CHARACTERS = 60;

  private final Path file;
  private final List<String> problems = new ArrayList<>();
  private int count;

  Problems(Path file) {
    this.file = file;
  }

  void add(long line, String problem) {
    count++;
    if (problems.size() < KEPT) {
      problems.add(file + ":" + line + ": " + problem);
    }
  }

  boolean any() {
    return count > 0;
  }

  List<String> list() {
    if (count <= KEPT) {
      return List.copyOf(problems);
    }
    List<String> listed = new ArrayList<>(problems);
    listed.add(file + ": and " + (count - KEPT) + " more problems");
    return listed;
  }

  /** A value from the file, quoted for a message: shortened, with control characters replaced. */
  static String quoted(String value) {
    StringBuilder shown = new StringBuilder("'");
    value
        .codePoints()
        .limit(SHOWN_CHARACTERS)
        .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    if (value.codePointCount(0, value.length()) > SHOWN_CHARACTERS) {
      shown.append("...");
    }
    return shown.append('\'').toString();
  }
}
