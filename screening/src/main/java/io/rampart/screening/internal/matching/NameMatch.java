package io.rampart.screening.internal.matching;

import io.rampart.screening.ListEntry;

/** An entry's best-matching name and the name score, before other facts adjust it. */
public record NameMatch(ListEntry entry, IndexedName name, float score) {
  public String matchedName() {
    return name.text();
  }

  /** Whether the name that matched is an alias the list calls weak or low quality. */
  public boolean weakAlias() {
    return name.weak();
  }
}
