package io.rampart.screening.internal.lists;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a document, up to a bound, to report it all at once. */
final class Problems {
  static final int MAX = 20;

  private final List<String> problems = new ArrayList<>();
  private int more;

  void add(String document, long line, String problem) {
    if (problems.size() < MAX) problems.add(document + " line " + line + ": " + problem);
    else more++;
  }

  void add(String problem) {
    if (problems.size() < MAX) problems.add(problem);
    else more++;
  }

  boolean any() {
    return !problems.isEmpty();
  }

  void throwIfAny() throws ListParseException {
    if (problems.isEmpty()) return;
    List<String> all = new ArrayList<>(problems);
    if (more > 0) all.add("and " + more + " more problems");
    throw new ListParseException(all);
  }
}
