package io.rampart.screening.internal.matching;

import java.util.Set;

/**
 * Words that say little about who a name belongs to. Honorifics are dropped; legal forms and name
 * particles are kept but weigh little, so they never make a match on their own. All in the
 * lower-case ASCII form {@link NameText} produces (Cyrillic and Arabic spellings transliterated).
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Abbreviated honorifics: dropped from names in Latin letters only (MR is also عمر, Omar). */
  private static final Set<String> ABBREVIATED_HONORIFICS =
      words("mr", "mrs", "ms", "mx", "dr", "prof", "hon");

  /** Honorifics written out: dropped whatever the script. */
  private static final Set<String> HONORIFICS =
      words(
          "miss",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "sheikh",
          "shaikh",
          "shaykh",
          "sheik",
          "cheikh",
          "shaykh",
          "shaiykh",
          "haji",
          "hajji",
          "hadji",
          "hajj",
          "alhaj",
          "alhajj",
          "mullah",
          "mulla",
          "mla",
          "maulavi",
          "maulvi",
          "mawlawi",
          "maulana",
          "moulana",
          "qari",
          "honourable",
          "honorable",
          "excellency",
          "gospodin",
          "gospozha",
          "shykh",
          "hjy",
          "mwlawy");

  /** Legal forms of companies, in many jurisdictions and their usual abbreviations. */
  private static final Set<String> LEGAL_FORMS =
      words(
          "ltd",
          "limited",
          "llc",
          "llp",
          "lp",
          "plc",
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "company",
          "gmbh",
          "mbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "sl",
          "spa",
          "srl",
          "bv",
          "nv",
          "ab",
          "as",
          "asa",
          "oy",
          "oyj",
          "kft",
          "doo",
          "dd",
          "sro",
          "zrt",
          "nyrt",
          "se",
          "ooo",
          "oao",
          "zao",
          "pao",
          "ao",
          "tov",
          "too",
          "jsc",
          "pjsc",
          "ojsc",
          "cjsc",
          "fze",
          "fzco",
          "fzc",
          "fz",
          "dmcc",
          "pte",
          "pty",
          "sdn",
          "bhd",
          "tbk",
          "cia",
          "ltda",
          "cv",
          "de",
          "sab",
          "sapi",
          "eirl",
          "srl",
          "ulc",
          "lllp",
          "pllc",
          "kk",
          "yk",
          "gk",
          "jv",
          "est",
          "establishment",
          "wll",
          "sal",
          "sae",
          "spc",
          "ooo",
          "obshchestvo",
          "ogranichennoy",
          "otvetstvennostyu",
          "aktsionernoye",
          "obshchestvo",
          "publichnoye",
          "zakrytoye",
          "otkrytoye",
          "sirketi",
          "ticaret",
          "anonim",
          "limited",
          "liability");

  /** Name particles and articles: frequent in names, weak as evidence. */
  private static final Set<String> PARTICLES =
      words(
          "al", "el", "ul", "bin", "ben", "ibn", "bint", "binti", "abu", "abou", "umm", "van",
          "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "la", "le",
          "les", "du", "y", "e", "the", "of", "and", "und", "et", "ould", "ag", "mac", "mc", "st",
          "saint");

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Whether a token is an honorific, in a name written in Latin letters or not. */
  static boolean isHonorific(String token, boolean latinScript) {
    return HONORIFICS.contains(token) || (latinScript && ABBREVIATED_HONORIFICS.contains(token));
  }

  /** Legal forms as other scripts and spellings render them (Компани, ЛЛК, Корпорейшн). */
  private static final Set<String> LEGAL_FORM_RENDERINGS =
      words(
          "kompani",
          "kompaniya",
          "kompanii",
          "korporeyshn",
          "korporatsiya",
          "korporeishn",
          "limitid",
          "llk",
          "inkorporeytid",
          "kompanie",
          "sharika",
          "sharikat",
          "shirkat");

  private static final Set<String> FOLDED_LEGAL_FORMS = folded();

  /** Long legal forms and every spelling one letter shorter: the one-edit neighbourhood. */
  private static final Set<String> LONG_FORMS_AND_DELETIONS = deletions();

  private static Set<String> deletions() {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (String f : LEGAL_FORMS) {
      if (f.length() < 6) continue;
      all.add(f);
      for (int i = 0; i < f.length(); i++) all.add(f.substring(0, i) + f.substring(i + 1));
    }
    return Set.copyOf(all);
  }

  private static Set<String> folded() {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (String f : LEGAL_FORMS) all.add(Token.folded(f));
    for (String f : LEGAL_FORM_RENDERINGS) all.add(Token.folded(f));
    return Set.copyOf(all);
  }

  /**
   * Whether a token is a legal form: as written, as another script renders it, or with one typing
   * error if it is long (LIITED, COMPNAY).
   */
  static boolean isLegalForm(String token) {
    if (LEGAL_FORMS.contains(token) || FOLDED_LEGAL_FORMS.contains(Token.folded(token)))
      return true;
    if (token.length() < 6) return false;
    if (LONG_FORMS_AND_DELETIONS.contains(token)) return true;
    for (int i = 0; i < token.length(); i++) {
      String deleted = token.substring(0, i) + token.substring(i + 1);
      if (LONG_FORMS_AND_DELETIONS.contains(deleted)) return true;
    }
    return false;
  }

  static boolean isParticle(String token) {
    return PARTICLES.contains(token);
  }
}
