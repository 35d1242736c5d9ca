package io.rampart.bench;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Writes Latin names in Cyrillic and Arabic the way a person would, and romanises them back by
 * schemes other than the ones the matcher uses, so that the labelled set tests real spelling
 * variation and not an ICU round trip: Russian-style Cyrillic (Hussein becomes Хусейн), Arabic
 * without short vowels (Mohammed becomes موحمد), ISO 9 romanisation of Cyrillic (Хусейн becomes
 * Husejn), and a plain Arabic romanisation (ي as i, و as u, no ʿayn, Persian and Urdu letters too).
 */
final class Scripts {
  private static final String[][] TO_CYRILLIC = {
    {"shch", "щ"},
    {"sch", "ш"},
    {"zh", "ж"},
    {"kh", "х"},
    {"ch", "ч"},
    {"sh", "ш"},
    {"ts", "ц"},
    {"tz", "ц"},
    {"ya", "я"},
    {"yu", "ю"},
    {"yo", "ё"},
    {"ye", "е"},
    {"ph", "ф"},
    {"th", "т"},
    {"dh", "д"},
    {"gh", "г"},
    {"ck", "к"},
    {"qu", "кв"},
    {"ee", "и"},
    {"oo", "у"},
    {"ou", "у"},
    {"ai", "ай"},
    {"ay", "ай"},
    {"ei", "ей"},
    {"ey", "ей"},
    {"oy", "ой"},
    {"oi", "ой"},
    {"a", "а"},
    {"b", "б"},
    {"c", "к"},
    {"d", "д"},
    {"e", "е"},
    {"f", "ф"},
    {"g", "г"},
    {"h", "х"},
    {"i", "и"},
    {"j", "дж"},
    {"k", "к"},
    {"l", "л"},
    {"m", "м"},
    {"n", "н"},
    {"o", "о"},
    {"p", "п"},
    {"q", "к"},
    {"r", "р"},
    {"s", "с"},
    {"t", "т"},
    {"u", "у"},
    {"v", "в"},
    {"w", "в"},
    {"x", "кс"},
    {"y", "и"},
    {"z", "з"},
  };

  private static final String[][] TO_ARABIC = {
    {"sh", "ش"},
    {"kh", "خ"},
    {"th", "ث"},
    {"dh", "ذ"},
    {"gh", "غ"},
    {"ch", "تش"},
    {"ph", "ف"},
    {"ou", "و"},
    {"oo", "و"},
    {"ee", "ي"},
    {"ei", "ي"},
    {"ai", "ي"},
    {"ay", "اي"},
    {"aa", "ا"},
    {"ie", "ي"},
    {"ck", "ك"},
    {"qu", "كو"},
    {"h", "ح"},
    {"b", "ب"},
    {"t", "ت"},
    {"j", "ج"},
    {"d", "د"},
    {"r", "ر"},
    {"z", "ز"},
    {"s", "س"},
    {"f", "ف"},
    {"q", "ق"},
    {"k", "ك"},
    {"c", "ك"},
    {"l", "ل"},
    {"m", "م"},
    {"n", "ن"},
    {"w", "و"},
    {"y", "ي"},
    {"v", "ف"},
    {"p", "ب"},
    {"g", "غ"},
    {"x", "كس"},
  };

  private static final String ARABIC_LETTERS =
      "اأإآبتثجحخدذرزسشصضطظعغفقكلمنهوي ةىءئؤ" + "یکگچپژھہےۀٹڈڑںٱ";
  private static final String[] ARABIC_LATIN = {
    "a", "a", "i", "a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d",
    "t", "z", "", "gh", "f", "q", "k", "l", "m", "n", "h", "u", "i", " ", "a", "a", "", "i", "u",
    "i", "k", "g", "ch", "p", "zh", "h", "h", "e", "h", "t", "d", "r", "n", "a",
  };

  private static final ThreadLocal<Transliterator> ISO_9 =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII"));

  /**
   * Which medial vowels are written as long ones (alif, ya, waw): Arabic writes long vowels and
   * leaves short ones out, and a Latin spelling does not say which is which, so a fixed share is
   * written, from a seeded source so the set is reproducible.
   */
  private static final java.util.Random LONG = new java.util.Random(1);

  private static int longVowelPercent(char vowel) {
    return switch (vowel) {
      case 'a' -> 50;
      case 'o', 'u' -> 70;
      default -> 35;
    };
  }

  private Scripts() {}

  /** Russian-style Cyrillic, word by word, capitalised. */
  static String toCyrillic(String latin) {
    StringBuilder out = new StringBuilder();
    for (String word : words(latin)) {
      if (!out.isEmpty()) out.append(' ');
      StringBuilder w = new StringBuilder();
      int i = 0;
      while (i < word.length()) {
        if (i == 0 && word.charAt(0) == 'e') {
          w.append('э');
          i++;
          continue;
        }
        boolean matched = false;
        for (String[] rule : TO_CYRILLIC) {
          if (word.startsWith(rule[0], i)) {
            String cyr = rule[1];
            if (rule[0].equals("y") && i > 0 && "aeiou".indexOf(word.charAt(i - 1)) >= 0) cyr = "й";
            w.append(cyr);
            i += rule[0].length();
            matched = true;
            break;
          }
        }
        if (!matched) i++;
      }
      if (!w.isEmpty()) out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return out.toString();
  }

  /**
   * Arabic as newspapers write foreign and Arabic names: no short vowels, a word-initial vowel as
   * alif, final vowels long, doubled letters once, the article joined to its word.
   */
  static String toArabic(String latin) {
    StringBuilder out = new StringBuilder();
    String[] words = words(latin);
    for (int k = 0; k < words.length; k++) {
      String word = words[k];
      if ((word.equals("al") || word.equals("el")) && k + 1 < words.length) {
        out.append(out.isEmpty() ? "" : " ").append("ال");
        continue;
      }
      StringBuilder w = new StringBuilder();
      int i = 0;
      while (i < word.length()) {
        char c = word.charAt(i);
        if (i > 0 && c == word.charAt(i - 1) && "aeiou".indexOf(c) < 0) {
          i++;
          continue;
        }
        boolean vowel = "aeiou".indexOf(c) >= 0;
        boolean last = i == word.length() - 1;
        if (vowel && i == 0) {
          w.append(c == 'a' ? "أ" : c == 'e' || c == 'i' ? "إ" : "أو");
          i += word.startsWith("ou") || word.startsWith("ee") ? 2 : 1;
          continue;
        }
        String rule = null;
        int length = 1;
        for (String[] r : TO_ARABIC) {
          if (word.startsWith(r[0], i)) {
            rule = r[1];
            length = r[0].length();
            break;
          }
        }
        if (rule != null) {
          w.append(c == 'h' && i + length == word.length() && i > 0 ? "ه" : rule);
        } else if (vowel && last) {
          w.append(c == 'a' || c == 'e' ? "ا" : c == 'i' ? "ي" : "و");
        } else if (vowel && LONG.nextInt(100) < longVowelPercent(c)) {
          w.append(c == 'a' ? "ا" : c == 'e' || c == 'i' ? "ي" : "و");
        }
        i += length;
      }
      boolean joined =
          out.length() >= 2
              && out.toString().endsWith("ال")
              && (out.length() == 2 || out.charAt(out.length() - 3) == ' ');
      if (!out.isEmpty() && !joined) out.append(' ');
      out.append(w);
    }
    return out.toString();
  }

  /** ISO 9 romanisation, as ICU writes it, in ASCII: Хусейн becomes Husejn. */
  static String fromCyrillic(String cyrillic) {
    return capitalised(ISO_9.get().transliterate(cyrillic));
  }

  /** A plain romanisation of Arabic: long vowels as a, i, u; ʿayn and hamza dropped. */
  static String fromArabic(String arabic) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      int k = ARABIC_LETTERS.indexOf(c);
      if (k >= 0) out.append(ARABIC_LATIN[k]);
      else if (c == ' ' || c == '-') out.append(' ');
    }
    return capitalised(out.toString().replaceAll("\\s+", " ").strip());
  }

  static String capitalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (char c : text.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }

  private static String[] words(String latin) {
    String ascii =
        Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(latin).replace("'", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]+", " ").strip().split("\\s+");
  }
}
