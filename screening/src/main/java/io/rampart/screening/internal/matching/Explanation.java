package io.rampart.screening.internal.matching;

import java.util.Locale;
import java.util.StringJoiner;

/** Says in words which tokens matched which, and how well, after a {@link NameScorer} call. */
final class Explanation {
  private Explanation() {}

  static String of(Token[] query, Token[] listed, NameScorer scorer) {
    StringJoiner out = new StringJoiner("; ");
    int usedRows = 0;
    int usedCols = 0;
    for (int p = 0; p < scorer.pairs; p++) {
      usedRows |= scorer.pairRows[p];
      usedCols |= scorer.pairCols[p];
      String q = tokens(query, scorer.pairRows[p]);
      String l = tokens(listed, scorer.pairCols[p]);
      float s = scorer.pairSimilarity[p];
      out.add(s >= 1f ? q + " = " + l : q + " ~ " + l + String.format(Locale.ROOT, " (%.2f)", s));
    }
    String missingListed = tokens(listed, ~usedCols);
    if (!missingListed.isEmpty()) out.add("listed, not given: " + missingListed);
    String missingQuery = tokens(query, ~usedRows);
    if (!missingQuery.isEmpty()) out.add("given, not listed: " + missingQuery);
    return out.toString();
  }

  private static String tokens(Token[] tokens, int mask) {
    StringJoiner joined = new StringJoiner(" ");
    for (int i = 0; i < tokens.length; i++) {
      if ((mask & (1 << i)) != 0) joined.add(tokens[i].text.toUpperCase(Locale.ROOT));
    }
    return joined.toString();
  }
}
