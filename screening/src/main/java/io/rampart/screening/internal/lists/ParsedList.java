package io.rampart.screening.internal.lists;

import io.rampart.screening.ListEntry;
import java.util.List;

/**
 * A list as read from its documents.
 *
 * @param published the list's own date or version, or {@code null} if its format has none
 */
public record ParsedList(List<ListEntry> entries, String published) {
  public ParsedList {
    entries = List.copyOf(entries);
  }
}
