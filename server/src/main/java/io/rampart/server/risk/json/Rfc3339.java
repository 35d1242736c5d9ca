package io.rampart.server.risk.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * RFC 3339 {@code date-time} as events carry it: seconds required, fraction optional, {@code Z} or
 * an offset. The formatter defines what is accepted. Events read on every call nearly always carry
 * the UTC form ({@code 2026-11-25T08:15:02Z}, with or without a fraction), which is read here field
 * by field; the formatter, which builds a map of boxed fields for every value (about a kilobyte),
 * reads every other form. Both refuse the same values: {@code RiskEventJsonTest} and {@code
 * Rfc3339Test} hold them to it.
 */
final class Rfc3339 {
  static final DateTimeFormatter FORMATTER =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  /** {@code uuuu-MM-ddTHH:mm:ssZ}. */
  private static final int SECONDS_LENGTH = 20;

  private static final int MAX_FRACTION_DIGITS = 9;

  private Rfc3339() {}

  /**
   * @throws DateTimeException if {@code text} is not an RFC 3339 date-time or names no real instant
   *     (a 31 April, a 24th hour)
   */
  static Instant parse(String text) {
    Instant utc = utc(text);
    return utc != null ? utc : OffsetDateTime.parse(text, FORMATTER).toInstant();
  }

  /**
   * The instant of the UTC form with upper-case {@code T} and {@code Z}, or {@code null} if {@code
   * text} has another form.
   *
   * @throws DateTimeException if it has this form but a field is out of range
   */
  static Instant utc(String text) {
    int n = text.length();
    if (n < SECONDS_LENGTH
        || n > SECONDS_LENGTH + 1 + MAX_FRACTION_DIGITS
        || n == SECONDS_LENGTH + 1
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(n - 1) != 'Z'
        || (n > SECONDS_LENGTH && text.charAt(19) != '.')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int nanos = 0;
    if (n > SECONDS_LENGTH) {
      int fraction = n - SECONDS_LENGTH - 1;
      nanos = digits(text, 20, fraction);
      for (int i = fraction; i < MAX_FRACTION_DIGITS && nanos >= 0; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second | nanos) < 0) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
        .toInstant(ZoneOffset.UTC);
  }

  /** The number written with {@code count} ASCII digits from {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }
}
