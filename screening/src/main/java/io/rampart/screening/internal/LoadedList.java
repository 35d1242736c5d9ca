package io.rampart.screening.internal;

import io.rampart.screening.ListEntry;
import io.rampart.screening.ListVersion;
import java.util.List;
import java.util.Map;

/** A list in force: its version, its entries and each entry's digest by id. */
public record LoadedList(
    ListVersion version, List<ListEntry> entries, Map<String, String> digests) {
  public LoadedList {
    entries = List.copyOf(entries);
    digests = Map.copyOf(digests);
  }

  public String name() {
    return version.list();
  }
}
