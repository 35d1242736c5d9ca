package io.rampart.store.internal;

import io.rampart.screening.BirthDate;
import io.rampart.screening.Customer;
import io.rampart.screening.CustomerRegistry;
import io.rampart.screening.NameQuery;
import io.rampart.screening.PartyType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CustomerRegistry} on the {@code screening_customers} table: one upsert per record, pages
 * by the byte-wise ({@code COLLATE "C"}) order of the customer id, which is Java's {@link
 * String#compareTo} order for the text customer ids hold.
 */
final class PostgresCustomerRegistry implements CustomerRegistry {
  private static final String COLUMNS =
      "customer_id, name, party_type, birth_from_year, birth_to_year, birth_month, birth_day,"
          + " birth_approximate, nationality, country, digest";

  private final JdbcClient jdbc;

  PostgresCustomerRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    NameQuery q = customer.query();
    BirthDate b = q.birthDate();
    jdbc.sql(
            "INSERT INTO screening_customers ("
                + COLUMNS
                + ") VALUES (:id, :name, :type, :from,"
                + " :to, :month, :day, :approximate, :nationality, :country, :digest)"
                + " ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name,"
                + " party_type = EXCLUDED.party_type, birth_from_year = EXCLUDED.birth_from_year,"
                + " birth_to_year = EXCLUDED.birth_to_year, birth_month = EXCLUDED.birth_month,"
                + " birth_day = EXCLUDED.birth_day, birth_approximate = EXCLUDED.birth_approximate,"
                + " nationality = EXCLUDED.nationality, country = EXCLUDED.country,"
                + " digest = EXCLUDED.digest")
        .param("id", customer.customerId())
        .param("name", q.name())
        .param("type", q.type().name())
        .param("from", b == null ? null : b.fromYear(), Types.SMALLINT)
        .param("to", b == null ? null : b.toYear(), Types.SMALLINT)
        .param("month", b == null ? null : b.month(), Types.SMALLINT)
        .param("day", b == null ? null : b.day(), Types.SMALLINT)
        .param("approximate", b == null ? null : b.approximate(), Types.BOOLEAN)
        .param("nationality", q.nationality(), Types.VARCHAR)
        .param("country", q.country(), Types.VARCHAR)
        .param("digest", customer.digest())
        .update();
  }

  @Override
  public Optional<Customer> find(String customerId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM screening_customers WHERE customer_id = :id")
        .param("id", Objects.requireNonNull(customerId, "customerId"))
        .query(PostgresCustomerRegistry::customer)
        .optional();
  }

  @Override
  public List<Customer> page(String afterId, int limit) {
    if (afterId == null) {
      return jdbc.sql(
              "SELECT " + COLUMNS + " FROM screening_customers ORDER BY customer_id LIMIT :limit")
          .param("limit", Math.max(0, limit))
          .query(PostgresCustomerRegistry::customer)
          .list();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM screening_customers WHERE customer_id > :after"
                + " ORDER BY customer_id LIMIT :limit")
        .param("after", afterId)
        .param("limit", Math.max(0, limit))
        .query(PostgresCustomerRegistry::customer)
        .list();
  }

  private static Customer customer(ResultSet row, int n) throws SQLException {
    int from = row.getInt("birth_from_year");
    BirthDate birth =
        row.wasNull()
            ? null
            : new BirthDate(
                from,
                row.getInt("birth_to_year"),
                row.getInt("birth_month"),
                row.getInt("birth_day"),
                row.getBoolean("birth_approximate"));
    return new Customer(
        row.getString("customer_id"),
        new NameQuery(
            row.getString("name"),
            PartyType.valueOf(row.getString("party_type")),
            birth,
            row.getString("nationality"),
            row.getString("country")),
        row.getString("digest"));
  }
}
