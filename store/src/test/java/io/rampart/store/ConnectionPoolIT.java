package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ConnectionPoolIT {
  @Test
  void sendsABatchOfInsertsAsMultiRowStatements() {
    JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    jdbc.execute("CREATE TEMP TABLE IF NOT EXISTS pool_batch (n integer)");
    try {
      int[] counts =
          jdbc.batchUpdate(
              "INSERT INTO pool_batch (n) VALUES (?)",
              List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {4}));

      // Rewritten into one multi-row INSERT, the rows report no count of their own.
      assertThat(counts).containsOnly(Statement.SUCCESS_NO_INFO);
      assertThat(jdbc.queryForObject("SELECT sum(n) FROM pool_batch", Long.class)).isEqualTo(10);
    } finally {
      jdbc.execute("DROP TABLE IF EXISTS pool_batch");
    }
  }
}
