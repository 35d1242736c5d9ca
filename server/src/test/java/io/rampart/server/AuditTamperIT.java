package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.audit.AuditRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Someone with superuser access to PostgreSQL changes the audit trail behind Rampart's back; the
 * operator's verification names the record. Runs in the mail context (its own database) and puts
 * every row back afterwards, so the chain is intact again for the tests after it.
 */
class AuditTamperIT extends MailTestBase {
  private static final String TRIGGER = "audit_records_append_only";

  @Autowired DataSource dataSource;

  /** One sign-in's audit record, with records after it, so it lies in the middle of the chain. */
  private long aMiddleRecord() {
    String email = verifiedAccount();
    SignedIn session = signedIn(email);
    String accountId =
        api.get("/api/v1/account").bearer(session.token()).send().json().path("id").asString();
    signIn(email, "Not-The-Right-Passphrase-11");
    long sequence =
        auditOf(accountId).stream()
            .filter(r -> r.type().equals("signin.succeeded"))
            .mapToLong(AuditRecord::sequence)
            .findFirst()
            .orElseThrow();
    assertThat(writes().auditHead()).isGreaterThan(sequence);
    return sequence;
  }

  private JsonNode verification() {
    ApiClient.Reply reply =
        api.get("/api/v1/admin/audit/verification").bearer(operatorToken()).send();
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** Runs {@code sql} with the append-only trigger off, all in one transaction. */
  private void asSuperuser(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement ddl = connection.createStatement();
          PreparedStatement change = connection.prepareStatement(sql)) {
        ddl.execute("ALTER TABLE audit_records DISABLE TRIGGER " + TRIGGER);
        for (int i = 0; i < parameters.length; i++) {
          change.setObject(i + 1, parameters[i]);
        }
        assertThat(change.executeUpdate()).isEqualTo(1);
        ddl.execute("ALTER TABLE audit_records ENABLE TRIGGER " + TRIGGER);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private String ipAddressOf(long sequence) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT ip_address FROM audit_records WHERE sequence = ?")) {
      select.setLong(1, sequence);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private void assertIntact() {
    assertThat(verification().path("status").asString()).isEqualTo("intact");
  }

  @Test
  void refusesAChangeWhileTheTriggerIsOn() throws SQLException {
    long sequence = aMiddleRecord();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE audit_records SET ip_address = '203.0.113.9' WHERE sequence = ?")) {
      update.setLong(1, sequence);

      assertThatThrownBy(update::executeUpdate).hasMessageContaining("append-only");
    }
    assertIntact();
  }

  @Test
  void namesTheRecordWhoseContentWasChanged() throws SQLException {
    long sequence = aMiddleRecord();
    String original = ipAddressOf(sequence);
    JsonNode report;
    asSuperuser("UPDATE audit_records SET ip_address = '203.0.113.9' WHERE sequence = ?", sequence);
    try {
      report = verification();
    } finally {
      asSuperuser("UPDATE audit_records SET ip_address = ? WHERE sequence = ?", original, sequence);
    }

    assertThat(report.path("status").asString()).isEqualTo("broken");
    assertThat(report.path("sequence").asLong()).isEqualTo(sequence);
    assertThat(report.path("breach").asString()).isEqualTo("ALTERED");
    assertThat(report.path("detail").asString()).doesNotContain("203.0.113.9");
    assertIntact();
  }

  @Test
  void namesThePositionOfARemovedRecord() throws SQLException {
    long sequence = aMiddleRecord();
    Row removed = Row.read(dataSource, sequence);
    JsonNode report;
    asSuperuser("DELETE FROM audit_records WHERE sequence = ?", sequence);
    try {
      report = verification();
    } finally {
      removed.insert(dataSource);
    }

    assertThat(report.path("status").asString()).isEqualTo("broken");
    assertThat(report.path("sequence").asLong()).isEqualTo(sequence);
    assertThat(report.path("breach").asString()).isEqualTo("REMOVED");
    assertIntact();
  }

  /** Every column of one audit row, to put it back exactly as it was. */
  private record Row(
      long sequence,
      OffsetDateTime occurredAt,
      String type,
      String actorKind,
      String actorId,
      UUID accountId,
      String ipAddress,
      String userAgent,
      String data,
      String previousHash,
      String hash) {
    private static final String COLUMNS =
        "sequence, occurred_at, type, actor_kind, actor_id, account_id, ip_address, user_agent,"
            + " data, previous_hash, hash";

    static Row read(DataSource dataSource, long sequence) throws SQLException {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + COLUMNS + " FROM audit_records WHERE sequence = ?")) {
        select.setLong(1, sequence);
        try (ResultSet row = select.executeQuery()) {
          assertThat(row.next()).isTrue();
          return new Row(
              row.getLong(1),
              row.getObject(2, OffsetDateTime.class),
              row.getString(3),
              row.getString(4),
              row.getString(5),
              row.getObject(6, UUID.class),
              row.getString(7),
              row.getString(8),
              row.getString(9),
              row.getString(10),
              row.getString(11));
        }
      }
    }

    void insert(DataSource dataSource) throws SQLException {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO audit_records ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
        insert.setLong(1, sequence);
        insert.setObject(2, occurredAt);
        insert.setString(3, type);
        insert.setString(4, actorKind);
        insert.setString(5, actorId);
        insert.setObject(6, accountId);
        insert.setString(7, ipAddress);
        insert.setString(8, userAgent);
        insert.setString(9, data);
        insert.setString(10, previousHash);
        insert.setString(11, hash);
        insert.executeUpdate();
      }
    }
  }
}
