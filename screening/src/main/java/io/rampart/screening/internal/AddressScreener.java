package io.rampart.screening.internal;

import io.rampart.kernel.ReasonCode;
import io.rampart.screening.AddressHit;
import io.rampart.screening.AddressQuery;
import io.rampart.screening.AddressScreening;
import io.rampart.screening.AnalyticsAnswer;
import io.rampart.screening.ChainAnalytics;
import io.rampart.screening.ScreeningOutcome;
import io.rampart.screening.internal.address.AddressSyntax;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Screens an address: checks its format and checksum for the asset, looks its compared form up in
 * the lists, and asks the analytics provider.
 */
final class AddressScreener {

  private final ChainAnalytics analytics;
  private final int reviewRisk;

  AddressScreener(ChainAnalytics analytics, int reviewRisk) {
    this.analytics = analytics;
    this.reviewRisk = reviewRisk;
  }

  /** The asset in upper case, or {@code null} if none was given. */
  static String asset(AddressQuery query) {
    return query.asset() == null || query.asset().isBlank()
        ? null
        : query.asset().strip().toUpperCase(Locale.ROOT);
  }

  /** Two to twelve ASCII letters or digits. */
  private static boolean validAsset(String asset) {
    if (asset.length() < 2 || asset.length() > 12) return false;
    for (int i = 0; i < asset.length(); i++) {
      char c = asset.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
  }

  ScreeningOutcome.Rejected<AddressScreening> problem(AddressQuery query) {
    String asset = asset(query);
    if (asset != null && !validAsset(asset)) {
      return new ScreeningOutcome.Rejected<>(
          ReasonCode.SCR_INVALID_ASSET,
          "An asset code is 2 to 12 letters or digits, such as BTC, ETH or USDT.");
    }
    Optional<String> problem = AddressSyntax.problem(asset, query.address().strip());
    return problem
        .<ScreeningOutcome.Rejected<AddressScreening>>map(
            p ->
                new ScreeningOutcome.Rejected<>(
                    ReasonCode.SCR_INVALID_ADDRESS, capitalised(p) + "."))
        .orElse(null);
  }

  AddressScreening screen(ScreeningIndex index, AddressQuery query) {
    String asset = asset(query);
    String canonical = AddressSyntax.canonical(query.address().strip());
    AddressHit[] hits = index.addressHits(canonical);
    AnalyticsAnswer answer = ask(asset, canonical);
    AddressScreening.Verdict verdict;
    if (hits.length > 0) verdict = AddressScreening.Verdict.LISTED;
    else if (answer instanceof AnalyticsAnswer.Rated r && r.risk() >= reviewRisk)
      verdict = AddressScreening.Verdict.HIGH_RISK;
    else verdict = AddressScreening.Verdict.CLEAR;
    return new AddressScreening(canonical, verdict, List.of(hits), answer, index.versions());
  }

  private AnalyticsAnswer ask(String asset, String canonical) {
    try {
      AnalyticsAnswer answer = analytics.assess(asset, canonical);
      return answer == null
          ? new AnalyticsAnswer.Unavailable("analytics", "the provider gave no answer")
          : answer;
    } catch (RuntimeException e) {
      return new AnalyticsAnswer.Unavailable(
          "analytics", "the provider failed: " + e.getClass().getSimpleName());
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
