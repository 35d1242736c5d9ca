package io.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link AuditStore} keeps. Subclasses give a fresh, empty store per test and, for
 * stores that need one, the transaction runner that {@link AuditStore#lockHead()} runs in.
 */
public abstract class AuditStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-02T10:15:30.123456Z");
  private static final AccountId ALICE =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-00000000a11c"));
  private static final AccountId BOB =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-000000000b0b"));
  private static final AccountId CAROL =
      new AccountId(UUID.fromString("0190f3a2-0000-7000-8000-0000000ca201"));

  protected AuditStore store;

  /** A new store holding nothing. */
  protected abstract AuditStore newStore();

  /** Runs work in one transaction of the store under test; called after {@link #newStore()}. */
  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void newStoreHasNoHead() {
    assertThat(store.head()).isEmpty();
    assertThat(transactions().inTransaction(store::lockHead)).isEmpty();
  }

  @Test
  void newStoreStreamsNothing() {
    List<AuditRecord> seen = new ArrayList<>();
    store.forEachInOrder(seen::add);
    assertThat(seen).isEmpty();
  }

  @Test
  void insertMovesTheHeadToTheInsertedRecord() {
    append(record(1, ALICE));
    AuditRecord second = record(2, BOB);
    append(second);

    assertThat(store.head()).contains(new AuditStore.Head(2, second.hash()));
    assertThat(transactions().inTransaction(store::lockHead))
        .contains(new AuditStore.Head(2, second.hash()));
  }

  @Test
  void readsRecordsBackExactlyAsInserted() {
    AuditRecord full =
        new AuditRecord(
            1,
            T0,
            "account.signed_in",
            Actor.account(ALICE),
            ALICE,
            "2001:db8::1",
            "Mozilla/5.0 (X11; Linux x86_64)",
            Map.of("method", "password", "note", "Zürich ✓ 日本 🔐"),
            "0".repeat(64),
            hash(1));
    AuditRecord sparse =
        new AuditRecord(
            2,
            T0.plusNanos(1_000),
            "job.ran",
            Actor.SYSTEM,
            null,
            null,
            null,
            Map.of(),
            hash(1),
            hash(2));
    append(full);
    append(sparse);

    List<AuditRecord> streamed = new ArrayList<>();
    store.forEachInOrder(streamed::add);

    assertThat(streamed).containsExactly(full, sparse);
    assertThat(store.findByAccount(ALICE, null, 10)).containsExactly(full);
  }

  @Test
  void streamsEveryRecordInAscendingSequence() {
    for (long sequence = 1; sequence <= 5; sequence++) {
      append(record(sequence, sequence % 2 == 0 ? ALICE : BOB));
    }

    List<Long> sequences = new ArrayList<>();
    store.forEachInOrder(record -> sequences.add(record.sequence()));

    assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void findsAnAccountsRecordsNewestFirst() {
    for (long sequence = 1; sequence <= 6; sequence++) {
      append(record(sequence, sequence == 3 ? BOB : ALICE));
    }

    assertThat(sequencesOf(store.findByAccount(ALICE, null, 10)))
        .containsExactly(6L, 5L, 4L, 2L, 1L);
    assertThat(sequencesOf(store.findByAccount(BOB, null, 10))).containsExactly(3L);
  }

  @Test
  void pagesAnAccountsRecordsWithBeforeSequenceAndLimit() {
    for (long sequence = 1; sequence <= 6; sequence++) {
      append(record(sequence, ALICE));
    }

    assertThat(sequencesOf(store.findByAccount(ALICE, null, 2))).containsExactly(6L, 5L);
    assertThat(sequencesOf(store.findByAccount(ALICE, 5L, 2))).containsExactly(4L, 3L);
    assertThat(sequencesOf(store.findByAccount(ALICE, 2L, 10))).containsExactly(1L);
    assertThat(store.findByAccount(ALICE, 1L, 10)).isEmpty();
  }

  @Test
  void findsNothingForAnAccountWithoutRecords() {
    append(record(1, ALICE));

    assertThat(store.findByAccount(CAROL, null, 10)).isEmpty();
  }

  @Test
  void rejectsADuplicateSequenceAndKeepsTheStoredRecord() {
    AuditRecord original = record(1, ALICE);
    append(original);
    AuditRecord impostor =
        new AuditRecord(
            1, T0, "account.deleted", Actor.SYSTEM, BOB, null, null, Map.of(), hash(0), hash(9));

    assertThatThrownBy(() -> append(impostor)).isInstanceOf(RuntimeException.class);

    List<AuditRecord> streamed = new ArrayList<>();
    store.forEachInOrder(streamed::add);
    assertThat(streamed).containsExactly(original);
    assertThat(store.head()).contains(new AuditStore.Head(1, original.hash()));
  }

  @Test
  void lockHeadSerialisesConcurrentAppenders() throws Exception {
    int threads = 4;
    int appendsPerThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < appendsPerThread; i++) {
                    transactions()
                        .run(
                            () -> {
                              Optional<AuditStore.Head> head = store.lockHead();
                              long next = head.map(h -> h.sequence() + 1).orElse(1L);
                              Thread.yield();
                              store.insert(record(next, ALICE));
                            });
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Long> sequences = new ArrayList<>();
    store.forEachInOrder(record -> sequences.add(record.sequence()));
    assertThat(sequences).hasSize(threads * appendsPerThread);
    assertThat(sequences.getLast()).isEqualTo(threads * appendsPerThread);
    assertThat(store.head())
        .map(AuditStore.Head::sequence)
        .contains((long) threads * appendsPerThread);
  }

  private void append(AuditRecord record) {
    transactions()
        .run(
            () -> {
              store.lockHead();
              store.insert(record);
            });
  }

  private static AuditRecord record(long sequence, AccountId account) {
    return new AuditRecord(
        sequence,
        T0.plusSeconds(sequence),
        "account.signed_in",
        Actor.account(account),
        account,
        "203.0.113.7",
        "test-agent",
        Map.of("sequence", Long.toString(sequence)),
        hash(sequence - 1),
        hash(sequence));
  }

  /** A stand-in hash: the store keeps hashes, it does not check them. */
  private static String hash(long seed) {
    return HexFormat.of().formatHex(new byte[24]) + String.format("%016x", seed);
  }

  private static List<Long> sequencesOf(List<AuditRecord> records) {
    return records.stream().map(AuditRecord::sequence).toList();
  }
}
