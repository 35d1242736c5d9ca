package io.rampart.screening.internal.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two tokens are, from 0 (unrelated) to 1 (the same): the same spelling; an initial
 * standing for a word that starts with it; the same Double Metaphone code or consonant skeleton
 * with a spelling that is close too (or with one side written without vowels, as Arabic is); one
 * typing error in a longer token; or a close Jaro-Winkler similarity. Short tokens must agree more
 * closely: ALI and MALI are different names. Stateless and thread-safe.
 */
final class TokenSimilarity {
  /** A single letter for a word it begins. */
  static final float INITIAL = 0.8f;

  /** Spelled differently but sounding the same (Double Metaphone) or sharing the skeleton. */
  static final float SOUNDS_ALIKE = 0.9f;

  /** One typing error in a token of at least {@link #MIN_LENGTH_FOR_ONE_EDIT} letters. */
  static final float ONE_EDIT = 0.9f;

  /** Below this Jaro-Winkler similarity two spellings are unrelated. */
  static final float MIN_JARO_WINKLER = 0.84f;

  /** Jaro-Winkler at {@link #MIN_JARO_WINKLER} counts this much; 1 counts fully. */
  private static final float AT_MIN_JARO_WINKLER = 0.75f;

  /** For four-letter tokens, the Jaro-Winkler floor is higher. */
  private static final float MIN_JARO_WINKLER_FOUR = 0.9f;

  /** Sounding alike needs spellings at least this close, unless one is written without vowels. */
  private static final float SOUND_NEEDS_JARO_WINKLER = 0.75f;

  private static final int MIN_LENGTH_FOR_ONE_EDIT = 5;
  private static final int MIN_LENGTH_JOINED = 6;
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance ONE_EDIT_AWAY = new LevenshteinDistance(1);

  private TokenSimilarity() {}

  static float of(Token a, Token b) {
    if (a == b || a.text.equals(b.text)) return 1f;
    if (a.kind == Token.Kind.INITIAL || b.kind == Token.Kind.INITIAL) {
      return a.kind != b.kind && a.text.charAt(0) == b.text.charAt(0) ? INITIAL : 0f;
    }
    if (a.kind == Token.Kind.NUMBER || b.kind == Token.Kind.NUMBER) return 0f;
    int shorter = Math.min(a.text.length(), b.text.length());
    float jw = JARO_WINKLER.apply(a.text, b.text).floatValue();
    boolean soundAlike = soundAlike(a, b);
    if (shorter <= 3) {
      return soundAlike && jw >= 0.8f ? scaled(Math.max(jw, MIN_JARO_WINKLER)) : 0f;
    }
    float best = 0f;
    if (soundAlike && (jw >= SOUND_NEEDS_JARO_WINKLER || vowelless(a) || vowelless(b))) {
      best = SOUNDS_ALIKE;
    }
    if (best < ONE_EDIT && shorter >= MIN_LENGTH_FOR_ONE_EDIT && oneEdit(a, b)) best = ONE_EDIT;
    float floor = shorter == 4 ? MIN_JARO_WINKLER_FOUR : MIN_JARO_WINKLER;
    if (jw >= floor) best = Math.max(best, scaled(jw));
    return best;
  }

  /**
   * A token against two adjacent tokens written as one (BINLADEN and BIN LADEN): only the same
   * spelling, one typing error, or the same skeleton with a close spelling count, on tokens long
   * enough that a prefix alone cannot pass.
   */
  static float joined(Token single, Token joined) {
    if (single.text.equals(joined.text)) return 1f;
    int shorter = Math.min(single.text.length(), joined.text.length());
    if (shorter < MIN_LENGTH_JOINED) return 0f;
    if (oneEdit(single, joined)) return ONE_EDIT;
    if (single.skeleton.equals(joined.skeleton)
        && JARO_WINKLER.apply(single.text, joined.text) >= 0.85) {
      return SOUNDS_ALIKE;
    }
    return 0f;
  }

  private static float scaled(float jw) {
    return AT_MIN_JARO_WINKLER
        + (jw - MIN_JARO_WINKLER) / (1f - MIN_JARO_WINKLER) * (1f - AT_MIN_JARO_WINKLER);
  }

  private static boolean oneEdit(Token a, Token b) {
    return Math.abs(a.text.length() - b.text.length()) <= 1
        && ONE_EDIT_AWAY.apply(a.text, b.text) == 1;
  }

  private static boolean soundAlike(Token a, Token b) {
    if (a.skeleton.length() >= 2 && a.skeleton.equals(b.skeleton)) return true;
    if (a.metaphone.length() < 2 || b.metaphone.length() < 2) return false;
    return a.metaphone.equals(b.metaphone)
        || a.metaphone.equals(b.metaphoneAlternate)
        || a.metaphoneAlternate.equals(b.metaphone);
  }

  /** Written without vowels, as Arabic script transliterates: MHMD, HSYN. */
  private static boolean vowelless(Token t) {
    for (int i = 0; i < t.text.length(); i++) {
      switch (t.text.charAt(i)) {
        case 'a', 'e', 'i', 'o', 'u' -> {
          return false;
        }
        default -> {}
      }
    }
    return true;
  }
}
