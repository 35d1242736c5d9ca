package io.rampart.screening;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One party on a list, with everything screening compares.
 *
 * @param list the list's name as configured
 * @param entryId the list's own identifier (OFAC's entity number, the UN's reference number)
 * @param type person, organisation, vessel or aircraft
 * @param names the primary name first, then the aliases
 * @param birthDates dates of birth, if the list gives any
 * @param nationalities ISO 3166-1 alpha-2 codes of nationalities and citizenships
 * @param countries ISO 3166-1 alpha-2 codes of the countries of its listed addresses
 * @param programs the sanctions programmes or regimes it is listed under
 * @param addresses digital-currency addresses the list names for it
 */
public record ListEntry(
    String list,
    String entryId,
    PartyType type,
    List<ListedName> names,
    List<BirthDate> birthDates,
    Set<String> nationalities,
    Set<String> countries,
    List<String> programs,
    List<ListedAddress> addresses) {
  public ListEntry {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    nationalities = Set.copyOf(nationalities);
    countries = Set.copyOf(countries);
    programs = List.copyOf(programs);
    addresses = List.copyOf(addresses);
  }

  /** The entry's main name. */
  public String primaryName() {
    return names.isEmpty() ? "" : names.getFirst().name();
  }
}
