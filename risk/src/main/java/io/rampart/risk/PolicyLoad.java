package io.rampart.risk;

import java.util.List;

/** The outcome of parsing a policy: usable as a whole, or refused with every problem found. */
public sealed interface PolicyLoad {
  record Loaded(Policy policy) implements PolicyLoad {}

  /** Nothing of the policy applies; {@code problems} name the path of each bad entry. */
  record Refused(List<String> problems) implements PolicyLoad {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
