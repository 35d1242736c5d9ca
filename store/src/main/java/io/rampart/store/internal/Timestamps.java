package io.rampart.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between {@link Instant} and PostgreSQL {@code timestamptz}. */
final class Timestamps {
  private Timestamps() {}

  /** The JDBC value for an instant; {@code null} stays {@code null}. */
  static OffsetDateTime of(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** The instant in a column, or {@code null} if the column is SQL NULL. */
  static Instant read(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
