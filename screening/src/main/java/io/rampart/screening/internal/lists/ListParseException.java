package io.rampart.screening.internal.lists;

import java.util.List;

/** A list's documents could not be read as a whole; {@link #problems()} say where and why. */
public final class ListParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ListParseException(List<String> problems) {
    super(String.join("; ", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public ListParseException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
