package io.rampart.ipintel;

import java.util.List;

/** The outcome of opening IP intelligence: usable, or refused with every problem found. */
public sealed interface IpDataLoad {
  record Loaded(FileIpIntelligence intelligence) implements IpDataLoad {}

  /** Nothing was loaded; each problem names its file (and line, for text files). */
  record Refused(List<String> problems) implements IpDataLoad {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
