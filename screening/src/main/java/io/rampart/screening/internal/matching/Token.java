package io.rampart.screening.internal.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One name token with everything comparisons need, computed once: its text, its Double Metaphone
 * codes, its consonant skeleton and its weight as evidence. Immutable once its weight is set by the
 * index that owns it; tokens of a query that the index does not know get a default weight.
 */
public final class Token {
  /** How a token counts. */
  enum Kind {
    /** A name part. */
    WORD,
    /** A single letter: an initial. */
    INITIAL,
    /** A particle or article (AL, BIN, VAN, DE): weak evidence. */
    PARTICLE,
    /** A legal form (LTD, LLC, OOO): almost no evidence. */
    LEGAL_FORM,
    /** Digits. */
    NUMBER
  }

  /** Full-length codes: the default four letters make STEPANETS sound like STEPANOV. */
  private static final DoubleMetaphone METAPHONE = metaphone();

  private static DoubleMetaphone metaphone() {
    DoubleMetaphone metaphone = new DoubleMetaphone();
    metaphone.setMaxCodeLen(NameText.MAX_TOKEN_LENGTH);
    return metaphone;
  }

  final String text;
  final String skeleton;
  final String folded;

  /** The skeleton's letters with every repeat collapsed, also across dropped vowels: BILAL, BLL. */
  final String consonants;

  final String metaphone;
  final String metaphoneAlternate;
  final Kind kind;
  float weight;

  /** The token's position in its index's dictionary, or -1 for a token only a query uses. */
  int id = -1;

  /**
   * Whether the token was romanised from Arabic script, which writes no short vowels: such a token
   * is compared by its consonants, and its w and y are read as the long vowels u and i.
   */
  final boolean fromArabic;

  Token(String text) {
    this(text, false);
  }

  Token(String text, boolean fromArabic) {
    this.text = text;
    this.fromArabic = fromArabic;
    this.kind = kindOf(text);
    this.skeleton = kind == Kind.WORD ? skeleton(text) : text;
    this.folded = kind == Kind.WORD ? folded(fromArabic ? arabicVowels(text) : text) : text;
    this.consonants = kind == Kind.WORD ? collapsed(skeleton) : text;
    if (kind == Kind.WORD || kind == Kind.PARTICLE) {
      this.metaphone = METAPHONE.doubleMetaphone(text, false);
      this.metaphoneAlternate = METAPHONE.doubleMetaphone(text, true);
    } else {
      this.metaphone = text;
      this.metaphoneAlternate = text;
    }
  }

  public String text() {
    return text;
  }

  public float weight() {
    return weight;
  }

  private static Kind kindOf(String text) {
    if (Character.isDigit(text.charAt(0))) return Kind.NUMBER;
    if (text.length() == 1) return Kind.INITIAL;
    if (Vocabulary.isLegalForm(text)) return Kind.LEGAL_FORM;
    if (Vocabulary.isParticle(text)) return Kind.PARTICLE;
    return Kind.WORD;
  }

  /**
   * The consonants that survive the usual spelling variation between transliterations: digraphs
   * folded (kh and h, ph and f, dh and d), letters that stand for one sound unified (q, k, c, g),
   * ts, tz and dz read as s (Ц), vowels and the semivowels y and w dropped, doubled letters
   * collapsed. Mohammed, Muhammad and the vowel-less محمد (mhmd) share {@code mhmd}; Hussein,
   * Husayn and حسين share {@code hsn}.
   */
  static String skeleton(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char last = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      char mapped;
      if (c == 't' && next == 's' && i + 2 < text.length() && text.charAt(i + 2) == 'h') {
        mapped = 'x';
        i += 2;
      } else if ((c == 't' && (next == 's' || next == 'z')) || (c == 'd' && next == 'z')) {
        mapped = 's';
        i++;
      } else if (next == 'h'
          && (c == 'k' || c == 'g' || c == 'p' || c == 'd' || c == 't' || c == 's' || c == 'c'
              || c == 'z')) {
        mapped =
            switch (c) {
              case 'k' -> 'h';
              case 'g' -> 'k';
              case 'p' -> 'f';
              case 'd', 't' -> 't';
              case 's', 'c' -> 'x';
              default -> 'j';
            };
        i++;
      } else {
        mapped =
            switch (c) {
              case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
              case 'q', 'c', 'g' -> 'k';
              case 'z' -> 's';
              case 'v' -> 'f';
              case 'p' -> 'b';
              case 'd' -> 't';
              default -> c;
            };
      }
      if (mapped != 0 && mapped != last) out.append(mapped);
      if (mapped != 0) last = mapped;
      else last = 0;
    }
    return out.toString();
  }

  /**
   * What romanisations of one name disagree on, each folded to one spelling (first match wins).
   * BGN/PCGN and ISO 9 write Cyrillic differently (Ш as sh or s, Ч as ch or c, Й as y or j, Дж as
   * dzh or dz, Ц as ts, c or z), English and other Latin spellings differ again (Jafar, Yusuf,
   * Mikhail).
   */
  private static final String[][] FOLDS = {
    {"shch", "s"},
    {"sch", "s"},
    {"dzh", "i"},
    {"tch", "k"},
    {"ch", "k"},
    {"sh", "s"},
    {"zh", "i"},
    {"dz", "i"},
    {"ts", "z"},
    {"tz", "z"},
    {"kh", "h"},
    {"gh", "g"},
    {"ph", "f"},
    {"th", "t"},
    {"dh", "d"},
    {"ou", "u"},
    {"eo", "o"},
    {"eu", "u"},
    {"oo", "u"},
    {"ee", "i"},
    {"ck", "k"},
    {"j", "i"},
    {"y", "i"},
    {"w", "v"},
    {"c", "k"},
    {"q", "k"},
    {"x", "ks"},
  };

  /**
   * The spelling with what romanisations of one name disagree on folded away ({@link #FOLDS}),
   * vowels kept, a first "ye" read as "e" (Yevgeniy, Evgeny), a first g or q as k (Gim, Kim;
   * Qaddafi, Gaddafi), Korean eo and eu as o and u (Jeong, Jong), doubled letters once: Юсуф as
   * Yusuf or Jusuf, Шамиль as Shamil or Šamil, Хасан as Khasan or Hasan fold alike.
   */
  static String folded(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    int i = text.startsWith("ye") && text.length() > 3 ? 1 : 0;
    if (text.length() > 1
        && (text.charAt(0) == 'g' || text.charAt(0) == 'q')
        && text.charAt(1) != 'h') {
      out.append('k');
      i = 1;
    }
    while (i < text.length()) {
      String mapped = null;
      for (String[] fold : FOLDS) {
        if (text.startsWith(fold[0], i)) {
          mapped = fold[1];
          i += fold[0].length();
          break;
        }
      }
      if (mapped == null) mapped = String.valueOf(text.charAt(i++));
      for (int k = 0; k < mapped.length(); k++) {
        char m = mapped.charAt(k);
        if (out.isEmpty() || out.charAt(out.length() - 1) != m) out.append(m);
      }
    }
    return out.toString();
  }

  /**
   * In a spelling from Arabic script, w after the first letter is the long vowel u (AYWB is Ayoub),
   * not a consonant; y is folded to i anyway.
   */
  static String arabicVowels(String text) {
    if (text.length() < 3) return text;
    StringBuilder out = new StringBuilder(text.length());
    out.append(text.charAt(0));
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == 'w' ? 'u' : c);
    }
    return out.toString();
  }

  private static String collapsed(String skeleton) {
    StringBuilder out = new StringBuilder(skeleton.length());
    for (int i = 0; i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      if (out.isEmpty() || out.charAt(out.length() - 1) != c) out.append(c);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
