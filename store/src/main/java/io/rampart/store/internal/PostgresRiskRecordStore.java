package io.rampart.store.internal;

import io.rampart.risk.ActionType;
import io.rampart.risk.Assessment;
import io.rampart.risk.Coordinates;
import io.rampart.risk.Decision;
import io.rampart.risk.EventKey;
import io.rampart.risk.Finding;
import io.rampart.risk.IpFacts;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RiskRecordStore} on the {@code risk_assessments} table. A batch is appended with one
 * binary {@code COPY} (one round trip) inside a transaction, so it is stored whole or not at all;
 * the findings go in three parallel arrays.
 */
final class PostgresRiskRecordStore implements RiskRecordStore {
  private static final String COLUMNS =
      "id, sender, event_id, account_id, account_seq, event_type, occurred_at, recorded_at,"
          + " event::text AS event, ip_country, ip_asn, ip_latitude, ip_longitude, ip_anonymiser,"
          + " ip_hosting, ip_known_bad, action, decision, score, reason_codes, reason_points,"
          + " reason_details, policy_version, shadow_decision, shadow_score, shadow_reason_codes,"
          + " shadow_reason_points, shadow_reason_details, shadow_policy_version";
  private static final String COPY =
      "COPY risk_assessments (id, sender, event_id, account_id, account_seq, event_type,"
          + " occurred_at, recorded_at, event, ip_country, ip_asn, ip_latitude, ip_longitude,"
          + " ip_anonymiser, ip_hosting, ip_known_bad, action, decision, score, reason_codes,"
          + " reason_points, reason_details, policy_version, shadow_decision, shadow_score,"
          + " shadow_reason_codes, shadow_reason_points, shadow_reason_details,"
          + " shadow_policy_version) FROM STDIN (FORMAT binary)";
  private static final int FIELDS = 29;

  /** Room for a typical row (its document, about 400 bytes, and a few findings). */
  private static final int ROW_BYTES = 1_024;

  /**
   * The largest buffer kept for the next batch; larger ones, from rare huge batches, are dropped.
   */
  private static final int MAX_SPARE_BYTES = 1 << 20;

  /**
   * The last batch's buffer, for the next one to build its rows in: batches are appended one after
   * another, every few milliseconds, and a new buffer of a kilobyte per row each time was most of
   * the garbage the commits made. Whoever takes it owns it; concurrent appends simply build their
   * own.
   */
  private final AtomicReference<byte[]> spare = new AtomicReference<>();

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final JdbcTemplate batch;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;

  /**
   * @param streaming for reads that fetch rows in batches (its template sets a fetch size)
   */
  PostgresRiskRecordStore(
      JdbcClient jdbc,
      JdbcClient streaming,
      JdbcTemplate batch,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.streaming = streaming;
    this.batch = batch;
    this.writing = new TransactionTemplate(transactionManager);
    this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    this.reading = new TransactionTemplate(transactionManager);
    this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    this.reading.setReadOnly(true);
  }

  /**
   * Sends the records with one binary {@code COPY} inside the caller's transaction (or one of its
   * own): no statement to parse or plan, and no text to escape. A row PostgreSQL refuses (a
   * repeated event key or account position, a broken limit) fails the whole {@code COPY}, so
   * nothing of the batch is stored.
   */
  @Override
  public void append(List<RecordedAssessment> records) {
    Objects.requireNonNull(records, "records");
    if (records.isEmpty()) {
      return;
    }
    byte[] reused = spare.getAndSet(null);
    BinaryCopyRows rows =
        reused == null
            ? new BinaryCopyRows(records.size() * ROW_BYTES)
            : new BinaryCopyRows(reused);
    try {
      for (RecordedAssessment r : records) {
        write(rows, r);
      }
      writing.executeWithoutResult(status -> rows.send(batch, COPY));
    } finally {
      if (rows.buffer().length <= MAX_SPARE_BYTES) {
        spare.set(rows.buffer());
      }
    }
  }

  private static void write(BinaryCopyRows row, RecordedAssessment r) {
    row.row(FIELDS)
        .uuid(r.id())
        .text(r.key().sender())
        .text(r.key().eventId())
        .text(r.account().value())
        .int8(r.accountSeq())
        .text(r.eventType())
        .timestamptz(r.occurredAt())
        .timestamptz(r.recordedAt())
        .text(r.document());
    IpFacts f = r.ipFacts();
    row.text(f.country().orElse(null));
    if (f.asn().isPresent()) {
      row.int4(f.asn().getAsInt());
    } else {
      row.nullValue();
    }
    if (f.coordinates().isPresent()) {
      row.float8(f.coordinates().get().latitude()).float8(f.coordinates().get().longitude());
    } else {
      row.nullValue().nullValue();
    }
    row.bool(f.anonymiser()).bool(f.hosting()).bool(f.knownBad());
    row.text(r.enforced().action().name());
    write(row, r.enforced());
    write(row, r.shadow());
  }

  /** Decision, score, the findings as three parallel arrays, policy version; all NULL if none. */
  private static void write(BinaryCopyRows row, Assessment a) {
    if (a == null) {
      for (int k = 0; k < 6; k++) {
        row.nullValue();
      }
      return;
    }
    int n = a.findings().size();
    String[] codes = new String[n];
    int[] points = new int[n];
    String[] details = new String[n];
    for (int k = 0; k < n; k++) {
      Finding.Signal s = a.findings().get(k);
      codes[k] = s.reason().name();
      points[k] = s.points();
      details[k] = s.detail();
    }
    row.text(a.decision().name())
        .int4(a.score())
        .textArray(codes)
        .int4Array(points)
        .textArray(details)
        .text(a.policyVersion());
  }

  @Override
  public Map<EventKey, RecordedAssessment> find(Collection<EventKey> keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<EventKey> list = List.copyOf(keys);
    Map<EventKey, RecordedAssessment> found = new HashMap<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_assessments WHERE (sender, event_id) IN (SELECT * FROM"
                + " unnest(CAST(:senders AS text[]), CAST(:ids AS text[])))")
        .param("senders", list.stream().map(EventKey::sender).toArray(String[]::new))
        .param("ids", list.stream().map(EventKey::eventId).toArray(String[]::new))
        .query(PostgresRiskRecordStore::record)
        .list()
        .forEach(r -> found.put(r.key(), r));
    return found;
  }

  @Override
  public Optional<RecordedAssessment> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_assessments WHERE id = :id")
        .param("id", Objects.requireNonNull(id, "id"))
        .query(PostgresRiskRecordStore::record)
        .optional();
  }

  @Override
  public List<RecordedAssessment> forAccount(SubjectId account, Long beforeSeq, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_assessments WHERE account_id = :account AND account_seq < :before"
                + " ORDER BY account_seq DESC LIMIT :limit")
        .param("account", account.value())
        .param("before", beforeSeq == null ? Long.MAX_VALUE : beforeSeq)
        .param("limit", limit)
        .query(PostgresRiskRecordStore::record)
        .list();
  }

  @Override
  public List<RecordedAssessment> after(SubjectId account, long afterSeq) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_assessments WHERE account_id = :account AND account_seq > :after"
                + " ORDER BY account_seq")
        .param("account", account.value())
        .param("after", afterSeq)
        .query(PostgresRiskRecordStore::record)
        .list();
  }

  @Override
  public Map<SubjectId, Long> lastSeqs(Collection<SubjectId> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    if (accounts.isEmpty()) {
      return Map.of();
    }
    Map<SubjectId, Long> last = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT a.account_id, (SELECT max(r.account_seq) FROM risk_assessments r"
                + " WHERE r.account_id = a.account_id) AS last_seq"
                + " FROM unnest(CAST(:accounts AS text[])) AS a(account_id)")
        .param(
            "accounts", accounts.stream().map(SubjectId::value).distinct().toArray(String[]::new))
        .query(
            (row, n) -> {
              long seq = row.getLong("last_seq");
              if (!row.wasNull()) {
                last.put(new SubjectId(row.getString("account_id")), seq);
              }
              return null;
            })
        .list();
    return last;
  }

  @Override
  public Set<SubjectId> accountsRecordedSince(Instant since) {
    return new HashSet<>(
        jdbc.sql("SELECT DISTINCT account_id FROM risk_assessments WHERE recorded_at >= :since")
            .param("since", Timestamps.of(Objects.requireNonNull(since, "since")))
            .query((row, n) -> new SubjectId(row.getString("account_id")))
            .list());
  }

  /** Reads in batches inside a read-only transaction (joining the caller's, if any). */
  @Override
  public void forEachRecordedSince(
      Instant since, String eventType, Consumer<RecordedAssessment> sink) {
    Objects.requireNonNull(sink, "sink");
    reading.executeWithoutResult(
        status ->
            streaming
                .sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM risk_assessments WHERE recorded_at >= :since AND event_type = :type")
                .param("since", Timestamps.of(Objects.requireNonNull(since, "since")))
                .param("type", Objects.requireNonNull(eventType, "eventType"))
                .query((RowCallbackHandler) row -> sink.accept(record(row, row.getRow()))));
  }

  private static RecordedAssessment record(ResultSet row, int rowNumber) throws SQLException {
    String eventId = row.getString("event_id");
    ActionType action = ActionType.valueOf(row.getString("action"));
    Assessment enforced =
        new Assessment(
            eventId,
            action,
            Decision.valueOf(row.getString("decision")),
            row.getInt("score"),
            findings(row, ""),
            row.getString("policy_version"));
    String shadowDecision = row.getString("shadow_decision");
    Assessment shadow =
        shadowDecision == null
            ? null
            : new Assessment(
                eventId,
                action,
                Decision.valueOf(shadowDecision),
                row.getInt("shadow_score"),
                findings(row, "shadow_"),
                row.getString("shadow_policy_version"));
    return new RecordedAssessment(
        row.getObject("id", UUID.class),
        new EventKey(row.getString("sender"), eventId),
        new SubjectId(row.getString("account_id")),
        row.getLong("account_seq"),
        row.getString("event_type"),
        Timestamps.read(row, "occurred_at"),
        Timestamps.read(row, "recorded_at"),
        row.getString("event"),
        facts(row),
        enforced,
        shadow);
  }

  private static List<Finding.Signal> findings(ResultSet row, String prefix) throws SQLException {
    String[] codes = (String[]) row.getArray(prefix + "reason_codes").getArray();
    Integer[] points = (Integer[]) row.getArray(prefix + "reason_points").getArray();
    String[] details = (String[]) row.getArray(prefix + "reason_details").getArray();
    List<Finding.Signal> findings = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      findings.add(new Finding.Signal(RiskReason.valueOf(codes[i]), points[i], details[i]));
    }
    return findings;
  }

  private static IpFacts facts(ResultSet row) throws SQLException {
    int asn = row.getInt("ip_asn");
    OptionalInt asnValue = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(asn);
    double latitude = row.getDouble("ip_latitude");
    Optional<Coordinates> at =
        row.wasNull()
            ? Optional.empty()
            : Optional.of(new Coordinates(latitude, row.getDouble("ip_longitude")));
    return new IpFacts(
        Optional.ofNullable(row.getString("ip_country")),
        asnValue,
        at,
        row.getBoolean("ip_anonymiser"),
        row.getBoolean("ip_hosting"),
        row.getBoolean("ip_known_bad"));
  }
}
