package io.rampart.server.risk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

  private static Instant byFormatter(String text) {
    return OffsetDateTime.parse(text, Rfc3339.FORMATTER).toInstant();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-25T08:15:02Z",
        "2026-11-25T08:15:02.1Z",
        "2026-11-25T08:15:02.123Z",
        "2026-11-25T08:15:02.000000700Z",
        "2026-10-01T12:00:00.123456789Z",
        "2024-02-29T23:59:59.999999999Z",
        "2000-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z"
      })
  void readsTheUtcFormWithoutTheFormatterToTheSameInstant(String text) {
    assertThat(Rfc3339.utc(text)).isNotNull().isEqualTo(byFormatter(text));
    assertThat(Rfc3339.parse(text)).isEqualTo(byFormatter(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-25t08:15:02z",
        "2026-11-25T08:15:02+01:00",
        "2026-11-25T08:15:02.5-05:30",
        "2026-11-25T08:15:02+00:00",
        "+12026-11-25T08:15:02Z"
      })
  void leavesOtherFormsToTheFormatter(String text) {
    assertThat(Rfc3339.utc(text)).isNull();
    assertThat(Rfc3339.parse(text)).isEqualTo(byFormatter(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z",
        "2026-11-25T24:00:00Z",
        "2026-11-25T08:60:00Z",
        "2026-11-25T08:15:60Z",
        "2026-11-25T08:15:02.Z",
        "2026-11-25T08:15:02.1234567890Z",
        "2026-11-25T08:15:02",
        "2026-11-25 08:15:02Z",
        "2026-1-25T08:15:02Z",
        "2026-11-25T8:15:02Z",
        "2026-11-25T08:15:0xZ",
        "2026-11-25T08:15:02.12a4Z",
        "2026-11-25T08:15:-2Z",
        "\uff12026-11-25T08:15:02Z",
        "2026-11-25T08:15:02ZZ",
        ""
      })
  void refusesWhatTheFormatterRefuses(String text) {
    assertThatThrownBy(() -> byFormatter(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeException.class);
  }
}
