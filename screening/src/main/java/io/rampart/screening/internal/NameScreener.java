package io.rampart.screening.internal;

import io.rampart.kernel.ReasonCode;
import io.rampart.screening.BirthDate;
import io.rampart.screening.HitReason;
import io.rampart.screening.ListEntry;
import io.rampart.screening.NameHit;
import io.rampart.screening.NameQuery;
import io.rampart.screening.NameScreening;
import io.rampart.screening.ScreeningOutcome;
import io.rampart.screening.ScreeningSettings;
import io.rampart.screening.internal.lists.Countries;
import io.rampart.screening.internal.matching.NameIndex;
import io.rampart.screening.internal.matching.NameMatch;
import io.rampart.screening.internal.matching.Token;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens a name: checks the query, finds candidate names in the index, scores them, lets the facts
 * beside the name move the score, and keeps those at or above the threshold.
 */
public final class NameScreener {
  private static final int EARLIEST_BIRTH_YEAR = 1850;

  private final ScreeningSettings settings;
  private final Clock clock;

  NameScreener(ScreeningSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Why {@code query} cannot be screened, or {@code null} if it can. */
  ScreeningOutcome.Rejected<NameScreening> problem(NameQuery query, double threshold) {
    String name = query.name();
    if (name.isBlank()) return rejected(ReasonCode.SCR_INVALID_NAME, "The name is empty.");
    if (name.codePointCount(0, name.length()) > settings.maxNameLength()) {
      return rejected(
          ReasonCode.SCR_NAME_TOO_LONG,
          "A name is at most " + settings.maxNameLength() + " characters.");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT && c != '\u200c' && c != '\u200d') {
        return rejected(
            ReasonCode.SCR_INVALID_NAME, "The name contains control or formatting characters.");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return rejected(ReasonCode.SCR_INVALID_NAME, "The name is not valid Unicode text.");
      }
    }
    if (query.nationality() != null && !Countries.isCode(query.nationality())) {
      return rejected(
          ReasonCode.SCR_INVALID_COUNTRY, "The nationality is not an ISO 3166-1 alpha-2 code.");
    }
    if (query.country() != null && !Countries.isCode(query.country())) {
      return rejected(
          ReasonCode.SCR_INVALID_COUNTRY, "The country is not an ISO 3166-1 alpha-2 code.");
    }
    BirthDate birth = query.birthDate();
    if (birth != null
        && (birth.fromYear() < EARLIEST_BIRTH_YEAR
            || birth.toYear() > clock.instant().atZone(ZoneOffset.UTC).getYear())) {
      return rejected(
          ReasonCode.SCR_INVALID_BIRTH_DATE,
          "The birth date must lie between " + EARLIEST_BIRTH_YEAR + " and today.");
    }
    if (!(threshold >= 0.5 && threshold <= 1.0)) {
      return rejected(ReasonCode.SCR_INVALID_THRESHOLD, "The threshold is between 0.5 and 1.");
    }
    return null;
  }

  /**
   * Screens a checked query against {@code index}.
   *
   * @return the screening, or {@code null} if the name has nothing to compare (no letters or digits
   *     once honorifics are dropped)
   */
  NameScreening screen(ScreeningIndex index, NameQuery query, double threshold) {
    List<NameHit> hits = hits(index.names(), query, threshold);
    if (hits == null) return null;
    return new NameScreening(hits, threshold, index.versions());
  }

  /** The hits of {@code query} in {@code names}, or {@code null} if it has no tokens. */
  List<NameHit> hits(NameIndex names, NameQuery query, double threshold) {
    Token[] tokens = names.queryTokens(query.name());
    if (tokens.length == 0) return null;
    float floor = (float) Math.max(0, threshold - Facts.MAX_RAISE);
    List<NameMatch> matches = names.search(tokens, floor, settings.maxHits() * 3);
    List<NameHit> hits = new ArrayList<>();
    for (NameMatch m : matches) {
      ListEntry e = m.entry();
      List<HitReason> reasons = new ArrayList<>(4);
      reasons.add(new HitReason(HitReason.Factor.NAME, round(m.score()), names.explain(tokens, m)));
      if (m.weakAlias()) {
        reasons.add(
            new HitReason(
                HitReason.Factor.WEAK_ALIAS,
                0,
                "matched a weak alias; its score counts "
                    + Math.round(NameIndex.WEAK_ALIAS_FACTOR * 100)
                    + "%"));
      }
      double score = Math.max(0, Math.min(1, m.score() + Facts.adjust(query, e, reasons)));
      if (score + 1e-9 < threshold) continue;
      hits.add(
          new NameHit(
              e.list(),
              e.entryId(),
              e.type(),
              e.primaryName(),
              m.matchedName(),
              round(score),
              reasons,
              e.programs()));
    }
    hits.sort((a, b) -> Double.compare(b.score(), a.score()));
    return hits.size() > settings.maxHits()
        ? List.copyOf(hits.subList(0, settings.maxHits()))
        : hits;
  }

  static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static ScreeningOutcome.Rejected<NameScreening> rejected(ReasonCode code, String detail) {
    return new ScreeningOutcome.Rejected<>(code, detail);
  }
}
