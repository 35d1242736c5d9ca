package io.rampart.screening.internal;

import io.rampart.screening.AddressHit;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListVersion;
import io.rampart.screening.ListedAddress;
import io.rampart.screening.internal.address.AddressSyntax;
import io.rampart.screening.internal.matching.NameIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything in force at one moment: the lists with their versions, the name index over all their
 * names and the address index over all their addresses. Immutable; a reload builds a new one and
 * swaps it in, so a screening always sees one consistent set of lists.
 */
final class ScreeningIndex {
  static final ScreeningIndex EMPTY = new ScreeningIndex(Map.of());

  private final Map<String, LoadedList> lists;
  private final List<ListVersion> versions;
  private final NameIndex names;
  private final Map<String, AddressHit[]> addresses;

  ScreeningIndex(Map<String, LoadedList> lists) {
    this.lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    List<ListVersion> versions = new ArrayList<>();
    List<ListEntry> named = new ArrayList<>();
    Map<String, List<AddressHit>> byAddress = new HashMap<>();
    for (LoadedList list : lists.values()) {
      versions.add(list.version());
      for (ListEntry e : list.entries()) {
        if (!e.names().isEmpty()) named.add(e);
        for (ListedAddress a : e.addresses()) {
          byAddress
              .computeIfAbsent(AddressSyntax.canonical(a.address()), k -> new ArrayList<>(1))
              .add(
                  new AddressHit(
                      list.name(),
                      e.entryId(),
                      e.names().isEmpty() ? null : e.primaryName(),
                      a.asset(),
                      a.address()));
        }
      }
    }
    this.versions = List.copyOf(versions);
    this.names = NameIndex.build(named);
    Map<String, AddressHit[]> frozen = new HashMap<>(byAddress.size() * 2);
    byAddress.forEach((k, v) -> frozen.put(k, v.toArray(AddressHit[]::new)));
    this.addresses = frozen;
  }

  boolean isEmpty() {
    return lists.isEmpty();
  }

  Map<String, LoadedList> lists() {
    return lists;
  }

  List<ListVersion> versions() {
    return versions;
  }

  NameIndex names() {
    return names;
  }

  /** The hits for an address in its compared form; empty if none. */
  AddressHit[] addressHits(String canonical) {
    AddressHit[] hits = addresses.get(canonical);
    return hits == null ? NO_HITS : hits;
  }

  int addressCount() {
    return addresses.size();
  }

  /** The digest of an entry in force, or {@code null}. */
  String entryDigest(String list, String entryId) {
    LoadedList l = lists.get(list);
    return l == null ? null : l.digests().get(entryId);
  }

  String version(String list) {
    LoadedList l = lists.get(list);
    return l == null ? "" : l.version().version();
  }

  private static final AddressHit[] NO_HITS = new AddressHit[0];
}
