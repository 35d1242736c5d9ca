package io.rampart.bench;

import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * The labelled set of docs/screening.md, generated from the lists in force with a fixed seed.
 * Positives: a listed name changed the way customers and clerks change names (order, a middle name
 * left out, a typing error, an initial, parts joined, a company's legal form, and the name written
 * in or brought back from Cyrillic and Arabic), each labelled with the entry it must find.
 * Negatives: first and last names drawn from Datafaker's per-locale lists of common names, in their
 * own scripts.
 */
final class LabelledNames {
  /** What was done to a listed name. */
  enum Variant {
    REORDERED,
    MIDDLE_DROPPED,
    TYPO,
    INITIAL,
    JOINED,
    SUFFIX_CHANGED,
    INTO_CYRILLIC,
    INTO_ARABIC,
    OUT_OF_CYRILLIC,
    OUT_OF_ARABIC
  }

  record Positive(Variant variant, String query, String list, String entryId, String source) {}

  private static final String[] LEGAL_FORMS = {
    "LLC", "Ltd", "Limited", "Inc", "Corp", "GmbH", "S.A.", "JSC", "Co.", "PLC", "OOO", "FZE"
  };

  /** Locales of Datafaker's name lists, weighted roughly by the customers of a global exchange. */
  private static final String[][] LOCALES = {
    {"en-US", "24"},
    {"es", "10"},
    {"pt-BR", "5"},
    {"fr", "5"},
    {"de", "5"},
    {"it", "4"},
    {"pl", "3"},
    {"nl", "3"},
    {"tr", "6"},
    {"ru", "8"},
    {"uk", "3"},
    {"ar", "6"},
    {"fa", "3"},
    {"id", "3"},
    {"vi", "3"},
    {"zh-CN", "4"},
    {"ko", "3"},
  };

  private final Random random;

  LabelledNames(long seed) {
    this.random = new Random(seed);
  }

  /** Up to one positive per variant that applies to the entry. */
  List<Positive> positives(ListEntry entry) {
    List<Positive> cases = new ArrayList<>();
    String listed = entry.primaryName();
    boolean person = entry.type() == PartyType.PERSON;
    String natural =
        person ? natural(listed) : Scripts.capitalised(listed.toLowerCase(Locale.ROOT));
    List<String> words = words(natural);
    if (words.isEmpty()) return cases;
    if (words.size() >= 2) {
      List<String> shuffled = new ArrayList<>(words);
      for (int tries = 0; tries < 5 && shuffled.equals(words); tries++)
        Collections.shuffle(shuffled, random);
      if (!shuffled.equals(words))
        add(cases, Variant.REORDERED, String.join(" ", shuffled), entry, listed);
    }
    if (person && words.size() >= 3) {
      List<String> dropped = new ArrayList<>(words);
      dropped.remove(1 + random.nextInt(words.size() - 2));
      add(cases, Variant.MIDDLE_DROPPED, String.join(" ", dropped), entry, listed);
      List<String> initial = new ArrayList<>(words);
      initial.set(0, words.getFirst().substring(0, 1).toUpperCase(Locale.ROOT) + ".");
      add(cases, Variant.INITIAL, String.join(" ", initial), entry, listed);
    }
    List<Integer> long4 = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) if (words.get(i).length() >= 4) long4.add(i);
    if (!long4.isEmpty()) {
      List<String> typo = new ArrayList<>(words);
      int at = long4.get(random.nextInt(long4.size()));
      typo.set(at, typo(words.get(at)));
      add(cases, Variant.TYPO, String.join(" ", typo), entry, listed);
    }
    if (words.size() >= 2) {
      int at = random.nextInt(words.size() - 1);
      List<String> joined = new ArrayList<>(words.subList(0, at));
      joined.add(words.get(at) + words.get(at + 1).toLowerCase(Locale.ROOT));
      joined.addAll(words.subList(at + 2, words.size()));
      add(cases, Variant.JOINED, String.join(" ", joined), entry, listed);
    }
    if (entry.type() == PartyType.ORGANISATION && words.size() >= 2) {
      add(cases, Variant.SUFFIX_CHANGED, suffixChanged(words), entry, listed);
    }
    String cyrillic = Scripts.toCyrillic(natural);
    add(cases, Variant.INTO_CYRILLIC, cyrillic, entry, listed);
    add(cases, Variant.OUT_OF_CYRILLIC, Scripts.fromCyrillic(cyrillic), entry, listed);
    if (!person) return cases;
    add(cases, Variant.INTO_ARABIC, Scripts.toArabic(natural), entry, listed);
    String arabicOriginal = arabicOriginal(entry);
    if (arabicOriginal != null) {
      add(cases, Variant.OUT_OF_ARABIC, Scripts.fromArabic(arabicOriginal), entry, arabicOriginal);
    }
    return cases;
  }

  /** The entry's name in Arabic script, if the list gives one (the UN list does). */
  static String arabicOriginal(ListEntry entry) {
    for (ListedName n : entry.names()) {
      if (n.name().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06ff)) return n.name();
    }
    return null;
  }

  /** Common real names, first and last from the same locale, in that locale's script. */
  List<String> negatives(int count) {
    int total = 0;
    for (String[] l : LOCALES) total += Integer.parseInt(l[1]);
    Set<String> names = new LinkedHashSet<>();
    List<Faker> fakers = new ArrayList<>();
    for (String[] l : LOCALES)
      fakers.add(new Faker(Locale.forLanguageTag(l[0]), new Random(random.nextLong())));
    int guard = 0;
    while (names.size() < count && guard++ < count * 20) {
      int pick = random.nextInt(total);
      int k = 0;
      while (pick >= Integer.parseInt(LOCALES[k][1])) pick -= Integer.parseInt(LOCALES[k++][1]);
      Faker f = fakers.get(k);
      String first = f.name().firstName();
      String last = f.name().lastName();
      String name =
          LOCALES[k][0].startsWith("zh") || LOCALES[k][0].equals("ko")
              ? last + first
              : first + " " + last;
      names.add(name.strip());
    }
    return new ArrayList<>(names);
  }

  private static void add(
      List<Positive> cases, Variant v, String query, ListEntry e, String source) {
    if (query != null && !query.isBlank())
      cases.add(new Positive(v, query, e.list(), e.entryId(), source));
  }

  /** "SURNAME, Given Middle" as a customer writes it: "Given Middle Surname", capitalised. */
  static String natural(String listed) {
    int comma = listed.indexOf(',');
    String text =
        comma < 0
            ? listed
            : listed.substring(comma + 1).strip() + " " + listed.substring(0, comma).strip();
    return Scripts.capitalised(text.toLowerCase(Locale.ROOT));
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[\\s,]+")) if (!w.isBlank()) words.add(w);
    return words;
  }

  private String typo(String word) {
    char[] c = word.toCharArray();
    int at = 1 + random.nextInt(c.length - 2);
    char letter = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
      case 1 -> word.substring(0, at) + word.substring(at + 1);
      case 2 -> word.substring(0, at) + letter + word.substring(at);
      default -> {
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        yield new String(c);
      }
    };
  }

  private String suffixChanged(List<String> words) {
    List<String> w = new ArrayList<>(words);
    String last = w.getLast().toLowerCase(Locale.ROOT).replace(".", "");
    boolean hasForm = false;
    for (String f : LEGAL_FORMS)
      hasForm |= f.toLowerCase(Locale.ROOT).replace(".", "").equals(last);
    hasForm |= last.equals("company") || last.equals("corporation") || last.equals("incorporated");
    if (hasForm) {
      w.removeLast();
      if (random.nextBoolean()) w.add(LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
    } else {
      w.add(LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
    }
    return String.join(" ", w);
  }
}
