package io.rampart.screening.internal;

import io.rampart.screening.BirthDate;
import io.rampart.screening.HitReason;
import io.rampart.screening.HitReason.Factor;
import io.rampart.screening.ListEntry;
import io.rampart.screening.NameQuery;
import io.rampart.screening.PartyType;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * How the facts beside a name move its score, when both the query and the entry state them: a date
 * of birth that matches raises it, one that differs from every listed date lowers it; so do
 * nationality, country and the kind of party. Together they raise a score by at most {@link
 * #MAX_RAISE}, so facts alone never make a weak name match a hit.
 */
final class Facts {
  static final double MAX_RAISE = 0.08;

  static final double FULL_DATE_MATCH = 0.06;
  static final double YEAR_MATCH = 0.03;
  static final double DATE_MISMATCH = -0.15;
  static final double NATIONALITY_MATCH = 0.03;
  static final double NATIONALITY_MISMATCH = -0.08;
  static final double COUNTRY_MATCH = 0.02;
  static final double TYPE_MISMATCH = -0.15;

  /** Years an approximate ("circa") listed year may be off. */
  private static final int CIRCA_YEARS = 2;

  private Facts() {}

  /** Adds the reasons to {@code reasons} and returns the change to the score. */
  static double adjust(NameQuery query, ListEntry entry, List<HitReason> reasons) {
    double raise = 0;
    double lower = 0;
    List<HitReason> found = new ArrayList<>(4);
    if (typesConflict(query.type(), entry.type())) {
      found.add(
          new HitReason(
              Factor.TYPE_MISMATCH,
              TYPE_MISMATCH,
              "screened as " + name(query.type()) + ", listed as " + name(entry.type())));
      lower += TYPE_MISMATCH;
    }
    if (query.birthDate() != null && !entry.birthDates().isEmpty()) {
      HitReason birth = birth(query.birthDate(), entry.birthDates());
      if (birth != null) {
        found.add(birth);
        if (birth.effect() > 0) raise += birth.effect();
        else lower += birth.effect();
      }
    }
    if (query.nationality() != null && !entry.nationalities().isEmpty()) {
      if (entry.nationalities().contains(query.nationality())) {
        found.add(
            new HitReason(
                Factor.NATIONALITY_MATCH,
                NATIONALITY_MATCH,
                "nationality " + query.nationality() + " is listed"));
        raise += NATIONALITY_MATCH;
      } else {
        found.add(
            new HitReason(
                Factor.NATIONALITY_MISMATCH,
                NATIONALITY_MISMATCH,
                "nationality "
                    + query.nationality()
                    + "; listed "
                    + String.join(", ", new java.util.TreeSet<>(entry.nationalities()))));
        lower += NATIONALITY_MISMATCH;
      }
    }
    if (query.country() != null
        && (entry.countries().contains(query.country())
            || entry.nationalities().contains(query.country()))) {
      found.add(
          new HitReason(
              Factor.COUNTRY_MATCH, COUNTRY_MATCH, "country " + query.country() + " is listed"));
      raise += COUNTRY_MATCH;
    }
    reasons.addAll(found);
    return Math.min(raise, MAX_RAISE) + lower;
  }

  private static boolean typesConflict(PartyType screened, PartyType listed) {
    if (screened == PartyType.UNKNOWN || listed == PartyType.UNKNOWN) return false;
    if (screened == PartyType.PERSON) return listed != PartyType.PERSON;
    return listed == PartyType.PERSON;
  }

  private static HitReason birth(BirthDate given, List<BirthDate> listed) {
    boolean sameYear = false;
    for (BirthDate l : listed) {
      int slack = l.approximate() ? CIRCA_YEARS : 0;
      if (given.fromYear() < l.fromYear() - slack || given.fromYear() > l.toYear() + slack)
        continue;
      if (l.fromYear() == l.toYear() && !l.approximate() && given.fromYear() == l.fromYear()) {
        if (given.day() > 0
            && l.day() > 0
            && given.month() == l.month()
            && given.day() == l.day()) {
          return new HitReason(
              Factor.BIRTH_DATE_MATCH, FULL_DATE_MATCH, "born " + given + ", as listed");
        }
        boolean monthConflict = given.month() > 0 && l.month() > 0 && given.month() != l.month();
        boolean dayConflict = given.day() > 0 && l.day() > 0 && given.day() != l.day();
        if (!monthConflict && !dayConflict) sameYear = true;
        else continue;
      } else {
        sameYear = true;
      }
    }
    if (sameYear) {
      return new HitReason(
          Factor.BIRTH_DATE_MATCH, YEAR_MATCH, "born " + given + "; listed " + joined(listed));
    }
    boolean anyYearClose = false;
    for (BirthDate l : listed) {
      if (given.fromYear() >= l.fromYear() && given.fromYear() <= l.toYear()) anyYearClose = true;
    }
    if (anyYearClose) return null;
    return new HitReason(
        Factor.BIRTH_DATE_MISMATCH, DATE_MISMATCH, "born " + given + "; listed " + joined(listed));
  }

  private static String joined(List<BirthDate> dates) {
    StringJoiner j = new StringJoiner(", ");
    for (BirthDate d : dates) j.add(d.toString());
    return j.toString();
  }

  private static String name(PartyType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
