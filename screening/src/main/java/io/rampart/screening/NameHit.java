package io.rampart.screening;

import java.util.List;
import java.util.Objects;

/**
 * A listed party whose name matches.
 *
 * @param list the list's name
 * @param entryId the list's identifier for the entry
 * @param type the listed party's type
 * @param listedName the entry's primary name
 * @param matchedName the name or alias of the entry that matched best
 * @param score 0 to 1, three decimals
 * @param reasons the name match first, then each fact that moved the score
 * @param programs the sanctions programmes the entry is listed under
 */
public record NameHit(
    String list,
    String entryId,
    PartyType type,
    String listedName,
    String matchedName,
    double score,
    List<HitReason> reasons,
    List<String> programs) {
  public NameHit {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryId, "entryId");
    reasons = List.copyOf(reasons);
    programs = List.copyOf(programs);
  }
}
