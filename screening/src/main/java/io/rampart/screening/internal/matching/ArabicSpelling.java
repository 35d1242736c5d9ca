package io.rampart.screening.internal.matching;

import java.util.Map;

/**
 * Whether a Latin spelling can be written as a given name in Arabic script, and how surely. Arabic
 * script writes consonants and long vowels only: محمود (romanised mhmwd) is Mahmoud or Mahmud but
 * not Mohammed, since its و must stand for a vowel the Latin spelling has. So instead of comparing
 * consonant skeletons, which forget the long vowels, the romanised Arabic token is aligned letter
 * by letter against the Latin one:
 *
 * <ul>
 *   <li>every Arabic consonant stands for a Latin consonant it can render (ب for b and p, ف for f
 *       and v, ق for q, k, g, غ for gh and g, ش for sh and ch, ت ش for ch, ك س for x ...);
 *   <li>every Arabic long vowel stands for Latin vowels it can render (ا for a or e, and for any
 *       vowel at the start of a word; و for o or u; ي for i, e or y), or for the consonant w or y;
 *   <li>Latin vowels may be left out (short vowels are not written) unless spelled as a long vowel
 *       or diphthong (ou, oo, ee, ei, ai, aa: محمد is not Mahmoud) or ending the word (other than a
 *       silent e: خالد is not Khalidi, whose final i Arabic writes), and so may a doubled consonant
 *       (a shadda is not written) and a Latin w or y gliding after a consonant (Hyok, Kwang; after
 *       a vowel it makes a diphthong, which Arabic script writes); a final ه or ة stands for a
 *       final a or e (Khalifa, خليفة).
 * </ul>
 *
 * <p>Other letters keep apart (س and ز are s and z, not either): only the spellings a letter really
 * has count. A Latin c reads as k, s, j or ch depending on the language (Carlos, Cesar, Turkish
 * Cire, Italian Cecilia), so it aligns with any of those letters but does not count as an aligned
 * consonant. The Arabic ʿayn is dropped by the romaniser, so a Latin vowel standing for it (Uday,
 * عدي) is simply left out. One consonant changed, missing or added (never a long vowel) is
 * tolerated when at least four consonants align, at a lower similarity. Stateless and thread-safe.
 */
final class ArabicSpelling {
  /** At least three consonants aligned, nothing left over. */
  static final float THREE_CONSONANTS = 0.93f;

  /** Two consonants and a long vowel aligned (SYD and SAYED, KHLL and KHALIL). */
  static final float TWO_CONSONANTS_AND_VOWEL = 0.9f;

  /** Two consonants aligned (BKR and BAKR). */
  static final float TWO_CONSONANTS = 0.86f;

  /** One consonant and a long vowel (RY and RI, SW and SU). */
  static final float ONE_CONSONANT_AND_VOWEL = 0.84f;

  /** Four consonants aligned and one consonant that is not. */
  static final float ONE_OFF = 0.85f;

  /** Longer tokens are not aligned: no real name part is longer. */
  private static final int MAX_LENGTH = 24;

  /** At most this many more letters romanised from Arabic script than the Latin spelling has. */
  private static final int MAX_EXTRA_ARABIC = 4;

  /** At most about this many Latin letters for each letter Arabic script writes. */
  private static final int MAX_LATIN_PER_ARABIC = 3;

  /** The Latin spellings each Arabic consonant, as romanised, can stand for. */
  private static final Map<String, String[]> CONSONANTS =
      Map.ofEntries(
          Map.entry("b", new String[] {"b", "p"}),
          Map.entry("p", new String[] {"p", "b"}),
          Map.entry("t", new String[] {"t", "th"}),
          Map.entry("th", new String[] {"th", "t", "s", "c"}),
          Map.entry("j", new String[] {"j", "g", "dj", "dzh", "zh", "c"}),
          Map.entry("h", new String[] {"h", "kh"}),
          Map.entry("kh", new String[] {"kh", "h", "k", "ch"}),
          Map.entry("d", new String[] {"d", "dh"}),
          Map.entry("dh", new String[] {"dh", "z", "d", "th"}),
          Map.entry("r", new String[] {"r"}),
          Map.entry("z", new String[] {"z", "dh", "zh", "ts", "tz"}),
          Map.entry("s", new String[] {"s", "c", "ts", "th"}),
          Map.entry("sh", new String[] {"sh", "ch", "s"}),
          Map.entry("gh", new String[] {"gh", "g", "q"}),
          Map.entry("f", new String[] {"f", "ph", "v"}),
          Map.entry("v", new String[] {"v", "f", "w"}),
          Map.entry("q", new String[] {"q", "k", "g", "c", "ck", "gh"}),
          Map.entry("k", new String[] {"k", "c", "ck", "q", "g", "ch", "kh"}),
          Map.entry("g", new String[] {"g", "gh", "k", "j"}),
          Map.entry("l", new String[] {"l"}),
          Map.entry("m", new String[] {"m"}),
          Map.entry("n", new String[] {"n"}),
          Map.entry("ch", new String[] {"ch", "tch", "sh", "c", "tsh"}),
          Map.entry("tsh", new String[] {"ch", "tch", "sh", "c", "tsh"}),
          Map.entry("zh", new String[] {"zh", "j", "z"}),
          Map.entry("ks", new String[] {"x"}),
          Map.entry("w", new String[] {"w", "v"}),
          Map.entry("y", new String[] {"y", "j"}));

  /** Arabic units of more than one letter. */
  private static final String[] ARABIC_UNITS = {
    "tsh", "sh", "kh", "th", "dh", "gh", "zh", "ch", "ks"
  };

  /** Latin units of more than one letter. */
  private static final String[] LATIN_UNITS = {
    "sch", "tch", "dzh", "tsh", "sh", "ch", "kh", "gh", "th", "dh", "zh", "ph", "ck", "ts", "tz",
    "dj"
  };

  /** Every unit: the 26 letters, then the longer units of both sides. */
  private static final java.util.List<String> UNITS = units();

  /** {@code RENDERS[a][l]}: Arabic unit {@code a} can stand for Latin unit {@code l}. */
  private static final boolean[][] RENDERS = renders();

  /** The Latin unit c, which aligns without counting as a consonant. */
  private static final int C = 'c' - 'a';

  private static java.util.List<String> units() {
    java.util.List<String> units = new java.util.ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) units.add(String.valueOf(c));
    for (String u : ARABIC_UNITS) if (!units.contains(u)) units.add(u);
    for (String u : LATIN_UNITS) if (!units.contains(u)) units.add(u);
    return java.util.List.copyOf(units);
  }

  private static boolean[][] renders() {
    boolean[][] renders = new boolean[UNITS.size()][UNITS.size()];
    CONSONANTS.forEach(
        (arabic, latins) -> {
          for (String latin : latins) renders[UNITS.indexOf(arabic)][UNITS.indexOf(latin)] = true;
        });
    return renders;
  }

  /**
   * The unit codes starting at each position: {@code codes[3 * k + length - 1]} is the code of the
   * unit of {@code length} letters at position {@code k}, or -1 if those letters are no unit; then
   * {@code codes[3 * text.length() + k]} is 1 if the letter at {@code k} spells part of a long
   * vowel ({@link #LONG_VOWELS}).
   */
  private static int[] unitCodes(String text, String[] longer) {
    int length = text.length();
    int[] codes = new int[4 * length];
    java.util.Arrays.fill(codes, 0, 3 * length, -1);
    for (int k = 0; k < length; k++) {
      char c = text.charAt(k);
      if (c >= 'a' && c <= 'z') codes[3 * k] = c - 'a';
      for (String unit : longer) {
        if (text.startsWith(unit, k)) codes[3 * k + unit.length() - 1] = UNITS.indexOf(unit);
      }
      for (String v : LONG_VOWELS) {
        if (text.startsWith(v, k)) {
          codes[3 * length + k] = 1;
          codes[3 * length + k + 1] = 1;
        }
      }
    }
    return codes;
  }

  private static final int UNREACHED = -1;

  private ArabicSpelling() {}

  /**
   * How surely {@code latin} is a Latin spelling of the name romanised from Arabic script as {@code
   * arabic}: 0 if it cannot be, else one of this class's constants.
   */
  static float similarity(String arabic, String latin) {
    return similarity(
        arabic, unitCodes(arabic, ARABIC_UNITS), latin, unitCodes(latin, LATIN_UNITS));
  }

  /**
   * As {@link #similarity(String, String)}, for a token romanised from Arabic script and a Latin
   * one, with their unit codes computed once per token.
   */
  static float similarity(Token arabic, Token latin) {
    return similarity(arabic.text, units(arabic), latin.text, units(latin));
  }

  private static int[] units(Token token) {
    int[] units = token.spellingUnits;
    if (units == null) {
      units = unitCodes(token.text, token.fromArabic ? ARABIC_UNITS : LATIN_UNITS);
      token.spellingUnits = units;
    }
    return units;
  }

  /** Consonants that must align, besides the one that does not, for {@link #ONE_OFF}. */
  private static final int MIN_CONSONANTS_ONE_OFF = 4;

  /**
   * Whether the tokens may start alike: false only when both start with a consonant (not a long
   * vowel letter, nor a Latin vowel, w or y) and no unit of the one renders a unit of the other.
   * Then only the one tolerated error can align them, which needs more consonants than a short
   * token has: most pairs of unrelated names are refused here, before any table is filled.
   */
  private static boolean firstConsonantsAgree(
      String arabic, int[] arabicUnits, String latin, int[] latinUnits) {
    char a = arabic.charAt(0);
    char l = latin.charAt(0);
    if (isLongVowel(a) || isVowelOrGlide(l)) return true;
    for (int al = 0; al < 3; al++) {
      int unit = arabicUnits[al];
      if (unit < 0) continue;
      for (int ll = 0; ll < 3; ll++) {
        int latinUnit = latinUnits[ll];
        if (latinUnit >= 0 && RENDERS[unit][latinUnit]) return true;
      }
    }
    return false;
  }

  private static int consonantLetters(String arabic) {
    int count = 0;
    for (int k = 0; k < arabic.length(); k++) if (!isLongVowel(arabic.charAt(k))) count++;
    return count;
  }

  /** One thread's alignment tables, grown to the longest pair seen. */
  private static final ThreadLocal<int[][]> TABLES =
      ThreadLocal.withInitial(() -> new int[][] {new int[0], new int[0]});

  private static float similarity(
      String arabic, int[] arabicUnits, String latin, int[] latinUnits) {
    int m = arabic.length();
    int n = latin.length();
    if (m == 0 || n == 0 || m > MAX_LENGTH || n > MAX_LENGTH) return 0f;
    // Arabic script writes fewer letters, never many more (ت ش for ch, ك س for x); and a Latin
    // spelling is at most its consonants and a few vowels around each.
    if (m > n + MAX_EXTRA_ARABIC || n > MAX_LATIN_PER_ARABIC * m + MAX_EXTRA_ARABIC) return 0f;
    if (!firstConsonantsAgree(arabic, arabicUnits, latin, latinUnits)
        && consonantLetters(arabic) < MIN_CONSONANTS_ONE_OFF) {
      return 0f;
    }
    int stride = m + 1;
    int size = (n + 1) * stride;
    int[][] tables = TABLES.get();
    if (tables[0].length < size) {
      tables[0] = new int[size];
      tables[1] = new int[size];
    }
    int[] exact = tables[0];
    int[] oneOff = tables[1];
    java.util.Arrays.fill(exact, 0, size, UNREACHED);
    java.util.Arrays.fill(oneOff, 0, size, UNREACHED);
    exact[0] = 0;
    Codes codes = new Codes(arabicUnits, latinUnits);
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        int at = i * stride + j;
        if (exact[at] >= 0) step(arabic, latin, codes, i, j, exact[at], exact, oneOff, stride);
        if (oneOff[at] >= 0) step(arabic, latin, codes, i, j, oneOff[at], oneOff, null, stride);
      }
    }
    int end = n * stride + m;
    if (exact[end] >= 0) {
      int c = exact[end] >> 4;
      int v = exact[end] & 15;
      if (c >= 3) return THREE_CONSONANTS;
      if (c == 2) return v >= 1 ? TWO_CONSONANTS_AND_VOWEL : TWO_CONSONANTS;
      if (c == 1 && v >= 1) return ONE_CONSONANT_AND_VOWEL;
      return 0f;
    }
    if (oneOff[end] >= 0 && oneOff[end] >> 4 >= MIN_CONSONANTS_ONE_OFF) return ONE_OFF;
    return 0f;
  }

  /**
   * Pushes every way to go on from Latin position {@code i} and Arabic position {@code j}. A value
   * holds the consonants aligned times 16 plus the long vowels aligned; {@code errors} receives the
   * paths that spend the one tolerated error, or is {@code null} once it is spent.
   */
  private static void step(
      String arabic,
      String latin,
      Codes codes,
      int i,
      int j,
      int value,
      int[] same,
      int[] errors,
      int stride) {
    int n = latin.length();
    int m = arabic.length();
    char l = i < n ? latin.charAt(i) : 0;
    // A Latin vowel not written, a doubled letter written once, a w or y gliding after a consonant
    // (Hyok, Kwang); after a vowel it makes a diphthong, which Arabic script writes.
    if (i < n) {
      boolean skippable =
          (isVowel(l) && codes.latin[3 * n + i] == 0 && (i < n - 1 || l == 'e'))
              || (i > 0 && l == latin.charAt(i - 1) && !isVowel(l))
              || (i > 0 && (l == 'w' || l == 'y') && !isVowel(latin.charAt(i - 1)));
      if (skippable) push(same, (i + 1) * stride + j, value);
      else if (errors != null && !isVowel(l)) push(errors, (i + 1) * stride + j, value);
    }
    if (j >= m) return;
    char a = arabic.charAt(j);
    boolean lastArabic = j == m - 1;
    // A final ه or ة for a final a or e (Khalifa, خليفة as khlyft; Zadeh, زاده), or ah or eh.
    if (lastArabic && (a == 't' || a == 'h')) {
      if (i == n - 1 && (l == 'a' || l == 'e')) push(same, n * stride + m, value + 1);
      if (i == n - 2 && (l == 'a' || l == 'e') && latin.charAt(n - 1) == 'h') {
        push(same, n * stride + m, value + 1);
      }
      if (i == n && n > 0 && latin.charAt(n - 1) == 'e') push(same, n * stride + m, value);
    }
    // The alif that carries a word's first vowel, when the next letter spells the vowel itself.
    if (j == 0 && a == 'a' && i == 0 && n > 0 && isVowel(l) && m > 1) {
      char next = arabic.charAt(1);
      if (next == 'w' || next == 'y') push(same, stride * 0 + 1, value);
    }
    if (j > 0 && a == arabic.charAt(j - 1) && !isLongVowel(a))
      push(same, i * stride + j + 1, value);
    // A long vowel letter standing for one to three Latin vowels.
    if (isLongVowel(a) && i < n) {
      for (int k = i; k < n && k < i + 3 && isVowelOrGlide(latin.charAt(k)); k++) {
        if (rendersVowels(a, latin, i, k + 1, j == 0, lastArabic && k + 1 == n)) {
          push(same, (k + 1) * stride + j + 1, value + 1);
        }
      }
    }
    // A consonant (ا never is one), as a unit of one or more letters on either side.
    if (a != 'a' && i < n && !isVowel(l)) {
      boolean matched = false;
      for (int al = 1; al <= 3 && j + al <= m; al++) {
        int unit = codes.arabic[3 * j + al - 1];
        if (unit < 0) continue;
        for (int ll = 1; ll <= 3 && i + ll <= n; ll++) {
          int latinUnit = codes.latin[3 * i + ll - 1];
          if (latinUnit >= 0 && RENDERS[unit][latinUnit]) {
            push(same, (i + ll) * stride + j + al, latinUnit == C ? value : value + 16);
            matched = true;
          }
        }
      }
      if (!matched && errors != null && !isLongVowel(a)) {
        push(errors, (i + 1) * stride + j + 1, value);
      }
    }
    // An Arabic consonant with nothing to stand for: tolerated once.
    if (errors != null && !isLongVowel(a)) push(errors, i * stride + j + 1, value);
  }

  /** The unit codes of one Arabic and one Latin token ({@link #unitCodes}). */
  private record Codes(int[] arabic, int[] latin) {}

  /** Whether Arabic long vowel {@code a} can be written for Latin letters {@code from..to}. */
  private static boolean rendersVowels(
      char a, String latin, int from, int to, boolean first, boolean last) {
    boolean any = false;
    for (int k = from; k < to; k++) {
      char c = latin.charAt(k);
      if (!isVowel(c) && k == from) return false;
      any |=
          switch (a) {
            case 'a' -> c == 'a' || c == 'e' || (first && isVowel(c));
            case 'w' -> c == 'o' || c == 'u' || c == 'w';
            default -> c == 'i' || c == 'e' || c == 'y' || (last && c == 'a');
          };
    }
    return any;
  }

  /**
   * Latin spellings of a long vowel or diphthong (Mahmoud, Saeed, Hussein, Saif), which Arabic
   * script writes with a letter: محمد (mhmd) can be Muhammad but not Mahmoud.
   */
  private static final String[] LONG_VOWELS = {"ou", "oo", "ee", "ei", "ai", "aa"};

  private static void push(int[] values, int at, int value) {
    if (value > values[at]) values[at] = value;
  }

  private static boolean isLongVowel(char c) {
    return c == 'a' || c == 'w' || c == 'y';
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isVowelOrGlide(char c) {
    return isVowel(c) || c == 'w' || c == 'y';
  }
}
