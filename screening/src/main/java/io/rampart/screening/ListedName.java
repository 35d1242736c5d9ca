package io.rampart.screening;

import java.util.Objects;

/**
 * A name a list gives for an entry.
 *
 * @param name as the list writes it
 * @param strength how much the list trusts it
 */
public record ListedName(String name, Strength strength) {
  /** How good a name is as an identifier. */
  public enum Strength {
    /** The entry's main name. */
    PRIMARY,
    /** An alias the list considers a good identifier (OFAC a.k.a., UN "Good" quality). */
    STRONG,
    /**
     * A loose alias (OFAC "weak" a.k.a., UN "Low" quality): nicknames and short forms that many
     * people share. Matches on it score lower.
     */
    WEAK
  }

  public ListedName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strength, "strength");
  }
}
