package io.rampart.ipintel.internal;

import java.util.List;

/** The outcome of reading one data file: its content with a one-line summary, or its problems. */
public sealed interface FileLoad<T> {
  record Ok<T>(T value, String summary) implements FileLoad<T> {}

  record Bad<T>(List<String> problems) implements FileLoad<T> {
    public Bad {
      problems = List.copyOf(problems);
    }
  }

  static <T> FileLoad<T> bad(String problem) {
    return new Bad<>(List.of(problem));
  }
}
