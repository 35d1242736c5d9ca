package io.rampart.screening;

import java.util.Objects;

/**
 * One reason a hit scores what it does.
 *
 * @param factor what the reason is about
 * @param effect for {@link Factor#NAME} the name score itself, otherwise what the fact added to or
 *     took from it
 * @param detail for a human reader, such as {@code SADDAM = SADDAM; HUSSEIN ~ HUSAYN (0.90)}
 */
public record HitReason(Factor factor, double effect, String detail) {
  /** The factors a score is built from. Stable names: clients may branch on them. */
  public enum Factor {
    /** How well the names match, token by token. */
    NAME,
    /** The name matched is an alias the list calls weak or low quality. */
    WEAK_ALIAS,
    /** A date of birth the list gives matches the one given. */
    BIRTH_DATE_MATCH,
    /** Every date of birth the list gives differs from the one given. */
    BIRTH_DATE_MISMATCH,
    /** The nationality given is one the list gives. */
    NATIONALITY_MATCH,
    /** The list gives nationalities, and the one given is not among them. */
    NATIONALITY_MISMATCH,
    /** The country given is one of the listed party's countries. */
    COUNTRY_MATCH,
    /**
     * A person was screened against an organisation, vessel or aircraft, or the other way round.
     */
    TYPE_MISMATCH
  }

  public HitReason {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(detail, "detail");
  }
}
