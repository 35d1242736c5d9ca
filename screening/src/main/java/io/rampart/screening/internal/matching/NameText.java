package io.rampart.screening.internal.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a name as written into comparable tokens: Unicode-normalised, transliterated to Latin
 * (ICU4J, with the BGN/PCGN romanisation for Cyrillic and Korean, which spells Ч, Ш, Х as ch, sh,
 * kh as list compilers do), stripped of diacritics, lower-cased, split on anything that is not a
 * letter or digit, with apostrophes and the Arabic letter ʿayn dropped inside words. Honorifics are
 * removed. Thread-safe: each thread gets its own transliterators, which ICU does not share.
 */
public final class NameText {
  /** Tokens longer than this are cut: no real name part is longer, and it bounds the work. */
  public static final int MAX_TOKEN_LENGTH = 40;

  /** At most this many tokens of one name are kept; the rest are ignored. */
  public static final int MAX_TOKENS = 12;

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private static final ThreadLocal<Transliterators> TRANSLITERATORS =
      ThreadLocal.withInitial(Transliterators::new);

  private NameText() {}

  /**
   * The name's tokens, at most {@link #MAX_TOKENS}. Honorifics (Mr, Dr, Sheikh) are dropped from
   * names written in Latin letters only: in another script their romanisation may be a name (عمر,
   * Omar, romanises without vowels as "mr").
   */
  public static List<String> tokens(String name) {
    String text = NFKC.normalize(name);
    int script = isAscii(text) ? UScript.LATIN : dominantScript(text);
    String latin =
        script == UScript.LATIN && isAscii(text)
            ? text.toLowerCase(Locale.ROOT)
            : TRANSLITERATORS.get().toLatin(text);
    if (script == UScript.HAN || script == UScript.HANGUL) latin = joinGivenName(latin);
    latin = joinDottedAbbreviations(latin);
    boolean latinScript = script == UScript.LATIN;
    List<String> tokens = new ArrayList<>(6);
    StringBuilder token = new StringBuilder(16);
    for (int i = 0; i <= latin.length() && tokens.size() < MAX_TOKENS; i++) {
      char c = i < latin.length() ? latin.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (token.length() < MAX_TOKEN_LENGTH) token.append(c);
      } else if (c == '\'' || c == '`' || c == '\u02bf' || c == '\u02be' || c == '\u2019') {
        // O'Brien, Mu'ammar, ʿAbd: the mark joins the word, it does not split it.
      } else if (token.length() > 0) {
        String t = token.toString();
        token.setLength(0);
        if (!Vocabulary.isHonorific(t, latinScript)) tokens.add(t);
      }
    }
    return tokens;
  }

  /** Whether the name is written mostly in Arabic script (Arabic, Persian, Urdu, Pashto). */
  public static boolean isArabicScript(String name) {
    String text = NFKC.normalize(name);
    return !isAscii(text) && dominantScript(text) == UScript.ARABIC;
  }

  /**
   * The name in lower-case ASCII Latin: NFKC, transliterated if it holds letters of another script,
   * diacritics removed. Characters that have no Latin form are dropped.
   */
  public static String toAsciiLatin(String name) {
    String text = NFKC.normalize(name);
    if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
    return TRANSLITERATORS.get().toLatin(text);
  }

  /** The dominant non-Latin script of {@code text}, or {@link UScript#LATIN} if there is none. */
  static int dominantScript(String text) {
    int[] counts = new int[5];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) continue;
      switch (UScript.getScript(cp)) {
        case UScript.CYRILLIC -> counts[0]++;
        case UScript.ARABIC -> counts[1]++;
        case UScript.HANGUL -> counts[2]++;
        case UScript.HAN -> counts[3]++;
        case UScript.LATIN, UScript.COMMON, UScript.INHERITED -> {}
        default -> counts[4]++;
      }
    }
    int best = 4;
    for (int k = 0; k < 4; k++) if (counts[k] > counts[best]) best = k;
    if (counts[best] == 0) return UScript.LATIN;
    return switch (best) {
      case 0 -> UScript.CYRILLIC;
      case 1 -> UScript.ARABIC;
      case 2 -> UScript.HANGUL;
      case 3 -> UScript.HAN;
      default -> UScript.UNKNOWN;
    };
  }

  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile("(?<![a-z0-9])((?:[a-z]\\.){2,})");

  /**
   * Abbreviations written with dots and no spaces are one word: S.A. DE C.V. is SA DE CV, and so a
   * legal form, not two initials.
   */
  static String joinDottedAbbreviations(String latin) {
    if (latin.indexOf('.') < 0) return latin;
    java.util.regex.Matcher m = DOTTED.matcher(latin);
    StringBuilder out = new StringBuilder(latin.length());
    while (m.find()) m.appendReplacement(out, m.group(1).replace(".", "") + " ");
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Chinese names romanise one syllable per character; the given name is written as one word (张健柏
   * is Zhang Jianbai, not Zhang Jian Bai), so everything after the surname is joined.
   */
  static String joinGivenName(String latin) {
    String[] syllables = latin.strip().split("\\s+");
    if (syllables.length <= 2) return latin;
    StringBuilder out = new StringBuilder(syllables[0]).append(' ');
    for (int i = 1; i < syllables.length; i++) out.append(syllables[i]);
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** One thread's ICU transliterators; built on first use. */
  private static final class Transliterators {
    private Transliterator cyrillic;
    private Transliterator arabic;
    private Transliterator korean;
    private Transliterator any;

    String toLatin(String text) {
      String out =
          switch (dominantScript(text)) {
            case UScript.CYRILLIC -> cyrillic().transliterate(text);
            case UScript.ARABIC -> arabic().transliterate(splitArabicArticle(text));
            case UScript.HANGUL -> korean().transliterate(syllables(text));
            default -> text;
          };
      return any().transliterate(out);
    }

    /**
     * Hangul with a space after each syllable block, so that each romanises on its own (김정은 as gim
     * jeong eun, not gimjeong-eun); the given name's syllables are joined afterwards, as for
     * Chinese.
     */
    private static String syllables(String text) {
      StringBuilder out = new StringBuilder(text.length() * 2);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        out.append(c);
        if (c >= '\uac00' && c <= '\ud7a3') out.append(' ');
      }
      return out.toString();
    }

    private Transliterator cyrillic() {
      if (cyrillic == null) cyrillic = Transliterator.getInstance("ru-ru_Latn/BGN");
      return cyrillic;
    }

    private Transliterator arabic() {
      if (arabic == null) arabic = Transliterator.getInstance("Arabic-Latin");
      return arabic;
    }

    private Transliterator korean() {
      if (korean == null) korean = Transliterator.getInstance("Korean-Latin/BGN");
      return korean;
    }

    private Transliterator any() {
      if (any == null) any = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
      return any;
    }
  }

  /**
   * Writes the Arabic definite article apart from its word (التكريتي becomes ال تكريتي), as Latin
   * spellings mostly do (AL-TIKRITI); joined spellings are still matched by joining tokens.
   */
  static String splitArabicArticle(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
      if (wordStart
          && c == '\u0627'
          && i + 2 < text.length()
          && text.charAt(i + 1) == '\u0644'
          && Character.isLetter(text.charAt(i + 2))) {
        out.append("\u0627\u0644 ");
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
