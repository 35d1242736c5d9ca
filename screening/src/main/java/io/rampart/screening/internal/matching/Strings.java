package io.rampart.screening.internal.matching;

/**
 * Jaro-Winkler similarity and the one-edit test on plain strings, without allocation beyond two
 * small flag arrays. Commons Text computes the same (its {@code JaroWinklerSimilarity} and {@code
 * LevenshteinDistance(1)} are the reference the tests hold these to), but through a generic
 * character-sequence abstraction that boxes every character: it took most of a name screening's
 * time, measured in the screening benchmark.
 */
final class Strings {
  private static final double PREFIX_SCALE = 0.1;
  private static final int MAX_PREFIX = 4;

  private Strings() {}

  /** Jaro-Winkler similarity, 0 to 1, as Commons Text defines it. */
  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) return 1.0;
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) return 0.0;
    String shorter = la <= lb ? a : b;
    String longer = la <= lb ? b : a;
    int range = Math.max(longer.length() / 2 - 1, 0);
    boolean[] matchedShort = new boolean[shorter.length()];
    boolean[] matchedLong = new boolean[longer.length()];
    int matches = 0;
    for (int i = 0; i < shorter.length(); i++) {
      char c = shorter.charAt(i);
      int from = Math.max(i - range, 0);
      int to = Math.min(i + range + 1, longer.length());
      for (int j = from; j < to; j++) {
        if (!matchedLong[j] && c == longer.charAt(j)) {
          matchedShort[i] = true;
          matchedLong[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) return 0.0;
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < shorter.length(); i++) {
      if (!matchedShort[i]) continue;
      while (!matchedLong[k]) k++;
      if (shorter.charAt(i) != longer.charAt(k)) transpositions++;
      k++;
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int limit = Math.min(MAX_PREFIX, Math.min(la, lb));
    while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) prefix++;
    return jaro < 0.7 ? jaro : jaro + PREFIX_SCALE * prefix * (1 - jaro);
  }

  /** Whether the Levenshtein distance is exactly one (one letter changed, added or dropped). */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
    String shorter = la <= lb ? a : b;
    String longer = la <= lb ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
    if (shorter.length() == longer.length()) {
      return shorter.regionMatches(i + 1, longer, i + 1, shorter.length() - i - 1);
    }
    return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
  }
}
