package io.rampart.screening;

import java.util.Objects;

/**
 * A name to screen, with the facts that sharpen the match when the list has them too.
 *
 * @param name the name as written, in any script
 * @param type what kind of party it is; {@link PartyType#UNKNOWN} if not known
 * @param birthDate the date of birth, or {@code null}
 * @param nationality an ISO 3166-1 alpha-2 code, or {@code null}
 * @param country the ISO 3166-1 alpha-2 code of the country of residence or registration, or {@code
 *     null}
 */
public record NameQuery(
    String name, PartyType type, BirthDate birthDate, String nationality, String country) {
  public NameQuery {
    Objects.requireNonNull(name, "name");
    type = type == null ? PartyType.UNKNOWN : type;
  }

  /** Just a name. */
  public static NameQuery of(String name) {
    return new NameQuery(name, PartyType.UNKNOWN, null, null, null);
  }
}
