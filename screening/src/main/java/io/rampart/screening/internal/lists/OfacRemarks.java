package io.rampart.screening.internal.lists;

import io.rampart.screening.BirthDate;
import io.rampart.screening.ListedAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts OFAC writes into an SDN entry's remarks: dates of birth ("DOB 10 Dec 1948", "DOB circa
 * 1955", "DOB 1960 to 1962"), nationalities and citizenships, weak aliases ("a.k.a. 'BNC'"), and
 * digital-currency addresses ("Digital Currency Address - XBT 1Abc...").
 */
final class OfacRemarks {
  private static final Pattern DOB = Pattern.compile("\\bDOB (circa )?([^;]+)");
  private static final Pattern NATIONALITY =
      Pattern.compile("\\b(?:nationality|citizen) (?:possibly )?([^;]+)");
  private static final Pattern WEAK_ALIAS =
      Pattern.compile("\\b[afn]\\.k\\.a\\. '(.+?)'(?=[;.,]|\\s*$)");
  private static final Pattern DIGITAL_CURRENCY =
      Pattern.compile("Digital Currency Address - ([A-Za-z0-9]{2,10}) ([A-Za-z0-9:]+)");
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})");
  private static final Pattern MONTH = Pattern.compile("([A-Za-z]{3}) (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern RANGE =
      Pattern.compile("(?:\\d{1,2} [A-Za-z]{3} )?(\\d{4}) to (?:\\d{1,2} [A-Za-z]{3} )?(\\d{4})");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private OfacRemarks() {}

  static List<BirthDate> birthDates(String remarks) {
    List<BirthDate> dates = new ArrayList<>();
    Matcher m = DOB.matcher(remarks);
    while (m.find()) {
      parseDate(m.group(2).strip().replaceAll("\\.$", ""), m.group(1) != null)
          .ifPresent(dates::add);
    }
    return dates;
  }

  static Optional<BirthDate> parseDate(String text, boolean circa) {
    try {
      return date(text, circa);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<BirthDate> date(String text, boolean circa) {
    Matcher m;
    if ((m = RANGE.matcher(text)).matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      return to >= from ? Optional.of(BirthDate.between(from, to)) : Optional.empty();
    }
    if ((m = FULL_DATE.matcher(text)).matches()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      int day = Integer.parseInt(m.group(1));
      if (month == null || day < 1 || day > 31) return Optional.empty();
      return Optional.of(
          new BirthDate(
              Integer.parseInt(m.group(3)), Integer.parseInt(m.group(3)), month, day, circa));
    }
    if ((m = MONTH.matcher(text)).matches()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month == null) return Optional.empty();
      int year = Integer.parseInt(m.group(2));
      return Optional.of(new BirthDate(year, year, month, 0, circa));
    }
    if ((m = YEAR.matcher(text)).matches()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new BirthDate(year, year, 0, 0, circa));
    }
    return Optional.empty();
  }

  static List<String> countriesOfNationality(String remarks) {
    List<String> codes = new ArrayList<>();
    Matcher m = NATIONALITY.matcher(remarks);
    while (m.find()) {
      Countries.code(m.group(1).strip().replaceAll("\\.$", "")).ifPresent(codes::add);
    }
    return codes;
  }

  static List<String> weakAliases(String remarks) {
    List<String> aliases = new ArrayList<>();
    Matcher m = WEAK_ALIAS.matcher(remarks);
    while (m.find()) aliases.add(m.group(1).strip());
    return aliases;
  }

  static List<ListedAddress> digitalCurrencyAddresses(String remarks) {
    List<ListedAddress> addresses = new ArrayList<>();
    Matcher m = DIGITAL_CURRENCY.matcher(remarks);
    while (m.find()) {
      addresses.add(new ListedAddress(m.group(1).toUpperCase(Locale.ROOT), m.group(2)));
    }
    return addresses;
  }
}
