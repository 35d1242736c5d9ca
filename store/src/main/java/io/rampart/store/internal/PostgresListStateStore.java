package io.rampart.store.internal;

import io.rampart.screening.ListStateStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ListStateStore} on the {@code screening_list_entries} table. A replace deletes the list's
 * rows and inserts the new ones from two arrays in one statement, inside one transaction (the
 * caller's, or its own), so readers see the old set or the new one.
 */
final class PostgresListStateStore implements ListStateStore {
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  PostgresListStateStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Override
  public Map<String, String> digests(String list) {
    Map<String, String> digests = new HashMap<>();
    jdbc.sql("SELECT entry_id, digest FROM screening_list_entries WHERE list_name = :list")
        .param("list", Objects.requireNonNull(list, "list"))
        .query(
            row -> {
              digests.put(row.getString("entry_id"), row.getString("digest"));
            });
    return digests;
  }

  @Override
  public void replace(String list, Map<String, String> digests) {
    Objects.requireNonNull(list, "list");
    String[] ids = new String[digests.size()];
    String[] values = new String[digests.size()];
    int i = 0;
    for (var e : digests.entrySet()) {
      ids[i] = e.getKey();
      values[i++] = e.getValue();
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("DELETE FROM screening_list_entries WHERE list_name = :list")
              .param("list", list)
              .update();
          if (ids.length > 0) {
            jdbc.sql(
                    "INSERT INTO screening_list_entries (list_name, entry_id, digest)"
                        + " SELECT :list, e.id, e.digest FROM unnest(:ids, :digests) AS e (id, digest)")
                .param("list", list)
                .param("ids", ids)
                .param("digests", values)
                .update();
          }
        });
  }
}
