package io.rampart.screening;

/**
 * A date of birth as lists give it: a full date, a month, a year, a range of years, or an
 * approximate year.
 *
 * @param fromYear the earliest year
 * @param toYear the latest year (equal to {@code fromYear} unless a range)
 * @param month 1-12, or 0 if not given
 * @param day 1-31, or 0 if not given
 * @param approximate whether the list says "circa" or "approximately"
 */
public record BirthDate(int fromYear, int toYear, int month, int day, boolean approximate) {
  public BirthDate {
    if (fromYear < 1000 || toYear < fromYear || toYear > 9999) {
      throw new IllegalArgumentException("birth years must be four digits, from <= to");
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("birth month or day out of range");
    }
    if (fromYear != toYear && (month != 0 || day != 0)) {
      throw new IllegalArgumentException("a range of years has no month or day");
    }
  }

  public static BirthDate of(int year, int month, int day) {
    return new BirthDate(year, year, month, day, false);
  }

  public static BirthDate year(int year) {
    return new BirthDate(year, year, 0, 0, false);
  }

  public static BirthDate between(int fromYear, int toYear) {
    return new BirthDate(fromYear, toYear, 0, 0, false);
  }

  public static BirthDate circa(int year) {
    return new BirthDate(year, year, 0, 0, true);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException if {@code text} is none of these or not a real date
   */
  public static BirthDate parse(String text) {
    String[] parts = text.split("-", -1);
    if (parts.length > 3 || parts[0].length() != 4) {
      throw new IllegalArgumentException("a birth date is YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = Integer.parseInt(parts[0]);
      int month = parts.length > 1 ? twoDigits(parts[1]) : 0;
      int day = parts.length > 2 ? twoDigits(parts[2]) : 0;
      if (day > 0) java.time.LocalDate.of(year, month, day);
      return of(year, month, day);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("a birth date is YYYY, YYYY-MM or YYYY-MM-DD", e);
    }
  }

  private static int twoDigits(String part) {
    if (part.length() != 2) throw new NumberFormatException("two digits expected");
    int value = Integer.parseInt(part);
    if (value < 1) throw new NumberFormatException("month and day start at 1");
    return value;
  }

  @Override
  public String toString() {
    String year = fromYear == toYear ? String.valueOf(fromYear) : fromYear + " to " + toYear;
    String text =
        day > 0
            ? "%04d-%02d-%02d".formatted(fromYear, month, day)
            : month > 0 ? "%04d-%02d".formatted(fromYear, month) : year;
    return approximate ? "circa " + text : text;
  }
}
