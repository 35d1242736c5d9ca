package io.rampart.screening.internal.matching;

/**
 * How alike two tokens are, from 0 (unrelated) to 1 (the same). The evidence, strongest first:
 *
 * <ul>
 *   <li>the same spelling (1), or the same once romanisation differences are folded away (Yusuf,
 *       Jusuf; Khasan, Hasan);
 *   <li>an initial standing for a word that starts with it;
 *   <li>one typing error (a four-letter token only by a changed letter, and for less);
 *   <li>the same Double Metaphone code or consonant skeleton with a close spelling, or with one
 *       side written without vowels as Arabic script is (MHMD for Mohammed);
 *   <li>a close Jaro-Winkler similarity, which counts less the further it is from 1.
 * </ul>
 *
 * <p>Particles (AL, BIN, DE) and legal forms only ever match exactly, short tokens need stronger
 * evidence than long ones, and tokens whose first letters could not stand for one sound count for
 * less: Molchanov and Kolchanov are different names. Stateless and thread-safe.
 */
final class TokenSimilarity {
  /** A single letter for a word it begins. */
  static final float INITIAL = 0.8f;

  /** Spelled differently but sounding the same, or the same once romanisations are folded. */
  static final float SOUNDS_ALIKE = 0.9f;

  /** One typing error in a token of at least {@link #MIN_LENGTH_FOR_ONE_EDIT} letters. */
  static final float ONE_EDIT = 0.9f;

  /** One letter changed in a four-letter token: TONG and TOFG, SADR and SAHR. */
  static final float ONE_EDIT_SHORT = 0.82f;

  /** Two consonants in common with a vowel-poor spelling (ABS and ABBAS, JWSA and JOSE). */
  static final float TWO_CONSONANTS = 0.82f;

  /** Below this Jaro-Winkler similarity two spellings are unrelated. */
  static final float MIN_JARO_WINKLER = 0.88f;

  /** Jaro-Winkler at {@link #MIN_JARO_WINKLER} counts this much; 1 counts fully. */
  private static final float AT_MIN_JARO_WINKLER = 0.6f;

  /** For four-letter tokens, the Jaro-Winkler floor is higher. */
  private static final float MIN_JARO_WINKLER_FOUR = 0.9f;

  /** Sounding alike needs spellings at least this close, unless one is written without vowels. */
  private static final float SOUND_NEEDS_JARO_WINKLER = 0.85f;

  /** What a pair whose first letters cannot be one sound keeps of its similarity. */
  private static final float OTHER_FIRST_LETTER = 0.88f;

  private static final int MIN_LENGTH_FOR_ONE_EDIT = 5;
  private static final int MIN_LENGTH_JOINED = 8;
  private static final int MIN_LENGTH_FOLDED_JOINED = 5;

  /** Letters that romanisations put at the start of one name: one class per string. */
  private static final String[] FIRST_LETTER_CLASSES = {
    "aeiouy", "ckqgh", "jyiz", "vwbf", "fp", "sczx", "td", "mn", "lr"
  };

  private TokenSimilarity() {}

  static float of(Token a, Token b) {
    if (a == b || a.text.equals(b.text)) return 1f;
    if (a.kind == Token.Kind.INITIAL || b.kind == Token.Kind.INITIAL) {
      return a.kind != b.kind && a.text.charAt(0) == b.text.charAt(0) ? INITIAL : 0f;
    }
    if (a.kind != Token.Kind.WORD || b.kind != Token.Kind.WORD) return 0f;
    if (a.folded.equals(b.folded)) return SOUNDS_ALIKE;
    float similarity = unfolded(a, b);
    return similarity > 0f && !firstLettersAgree(a.text, b.text)
        ? similarity * OTHER_FIRST_LETTER
        : similarity;
  }

  private static float unfolded(Token a, Token b) {
    int shorter = Math.min(a.text.length(), b.text.length());
    float jw = (float) Strings.jaroWinkler(a.text, b.text);
    boolean arabicLike = a.fromArabic || b.fromArabic;
    boolean consonants = a.consonants.length() >= 2 && a.consonants.equals(b.consonants);
    if (arabicLike && consonants) {
      if (a.consonants.length() >= 3) return SOUNDS_ALIKE;
      if (jw >= 0.6f && firstLettersAgree(a.text, b.text)) return TWO_CONSONANTS;
    }
    boolean soundAlike = soundAlike(a, b);
    if (shorter <= 3) {
      return soundAlike && jw >= 0.8f ? scaled(Math.max(jw, MIN_JARO_WINKLER)) : 0f;
    }
    float best = 0f;
    if (soundAlike && jw >= SOUND_NEEDS_JARO_WINKLER) best = SOUNDS_ALIKE;
    if (best < ONE_EDIT && oneEdit(a, b)) {
      if (shorter >= MIN_LENGTH_FOR_ONE_EDIT) {
        best = ONE_EDIT;
      } else {
        best = Math.max(best, ONE_EDIT_SHORT);
      }
    }
    float floor = shorter == 4 ? MIN_JARO_WINKLER_FOUR : MIN_JARO_WINKLER;
    if (jw >= floor) best = Math.max(best, scaled(jw));
    if (best < SOUNDS_ALIKE && (!a.folded.equals(a.text) || !b.folded.equals(b.text))) {
      float folded = (float) Strings.jaroWinkler(a.folded, b.folded);
      if (folded >= floor) best = Math.max(best, scaled(folded));
    }
    return best;
  }

  /**
   * A token against two tokens written as one (BINLADEN and BIN LADEN): only the same spelling, one
   * typing error, or the same skeleton with a close spelling count, on tokens long enough that a
   * prefix alone cannot pass.
   */
  static float joined(Token single, Token joined) {
    if (single.text.equals(joined.text)) return 1f;
    int shorter = Math.min(single.text.length(), joined.text.length());
    if (shorter >= MIN_LENGTH_FOLDED_JOINED && single.folded.equals(joined.folded)) {
      return SOUNDS_ALIKE;
    }
    if (shorter < MIN_LENGTH_JOINED) return 0f;
    if (oneEdit(single, joined)) return ONE_EDIT;
    if (single.skeleton.equals(joined.skeleton)
        && Strings.jaroWinkler(single.text, joined.text) >= 0.9) {
      return SOUNDS_ALIKE;
    }
    return 0f;
  }

  private static float scaled(float jw) {
    return AT_MIN_JARO_WINKLER
        + (jw - MIN_JARO_WINKLER) / (1f - MIN_JARO_WINKLER) * (1f - AT_MIN_JARO_WINKLER);
  }

  private static boolean oneEdit(Token a, Token b) {
    return Strings.oneEdit(a.text, b.text);
  }

  private static boolean soundAlike(Token a, Token b) {
    if (a.skeleton.length() >= 2 && a.skeleton.equals(b.skeleton)) return true;
    if (a.metaphone.length() < 2 || b.metaphone.length() < 2) return false;
    return a.metaphone.equals(b.metaphone)
        || a.metaphone.equals(b.metaphoneAlternate)
        || a.metaphoneAlternate.equals(b.metaphone);
  }

  /**
   * Whether two names may start with one sound: the same letter, letters romanisations swap (K, Kh,
   * Q, G, H; J, Y, I, Z, D; V, W, B ...), or a vowel one side writes and the other leaves out (ABD
   * and BD, as Arabic ʿAbd loses its first letter).
   */
  static boolean firstLettersAgree(String a, String b) {
    char x = a.charAt(0);
    char y = b.charAt(0);
    if (x == y) return true;
    for (String c : FIRST_LETTER_CLASSES) {
      if (c.indexOf(x) >= 0 && c.indexOf(y) >= 0) return true;
    }
    return (isVowel(x) && a.length() > 1 && a.charAt(1) == y)
        || (isVowel(y) && b.length() > 1 && b.charAt(1) == x);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * Written with at most one vowel after the first letter, as Arabic script romanises (it writes
   * long vowels only, and ICU renders them as w and y): MHMD, HSYN, JWRADW (خورادو). Only tokens
   * romanised from Arabic are compared this way: PHONG and ZHANG are short Latin words, not
   * consonant skeletons.
   */
  static boolean vowelPoor(Token t) {
    return vowelPoor(t.text);
  }

  static boolean vowelPoor(String text) {
    int vowels = 0;
    for (int i = 1; i < text.length(); i++) {
      if (isVowel(text.charAt(i)) && ++vowels > 1) return false;
    }
    return true;
  }
}
