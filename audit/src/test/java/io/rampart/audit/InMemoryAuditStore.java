package io.rampart.audit;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An {@link AuditStore} in memory, for tests. Thread-safe.
 *
 * <p>The head lock taken by {@link #lockHead()} is held by the calling thread until the {@link
 * #insert} that moves the head, or until the end of the outermost unit of {@link #transactions()},
 * whichever comes first. Work run through {@link TransactionRunner#DIRECT} therefore serialises
 * appends too, as long as each lock is followed by an insert.
 *
 * <p>{@link #replace} and {@link #delete} tamper with stored records, as an attacker with database
 * access would, leaving the head pointer alone; {@link #moveHead} tampers with the head pointer.
 */
public final class InMemoryAuditStore implements AuditStore {
  private final TreeMap<Long, AuditRecord> records = new TreeMap<>();
  private final ReentrantLock headLock = new ReentrantLock();
  private final ThreadLocal<int[]> unitDepth = ThreadLocal.withInitial(() -> new int[1]);
  private Head head;

  /** A transaction runner whose units end by releasing a head lock the thread still holds. */
  public TransactionRunner transactions() {
    return new TransactionRunner() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        int[] depth = unitDepth.get();
        depth[0]++;
        try {
          return work.get();
        } finally {
          if (--depth[0] == 0) {
            releaseHeadLock();
          }
        }
      }
    };
  }

  @Override
  public Optional<Head> lockHead() {
    if (!headLock.isHeldByCurrentThread()) {
      headLock.lock();
    }
    return head();
  }

  @Override
  public synchronized Optional<Head> head() {
    return Optional.ofNullable(head);
  }

  @Override
  public void insert(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    try {
      synchronized (this) {
        if (records.containsKey(record.sequence())) {
          throw new IllegalStateException(
              "an audit record with sequence " + record.sequence() + " already exists");
        }
        records.put(record.sequence(), record);
        head = new Head(record.sequence(), record.hash());
      }
    } finally {
      releaseHeadLock();
    }
  }

  @Override
  public synchronized List<AuditRecord> findByAccount(
      AccountId account, Long beforeSequence, int limit) {
    Objects.requireNonNull(account, "account");
    Map<Long, AuditRecord> candidates =
        beforeSequence == null ? records : records.headMap(beforeSequence, false);
    return candidates.values().stream()
        .filter(record -> account.equals(record.account()))
        .sorted(Comparator.comparingLong(AuditRecord::sequence).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public void forEachInOrder(Consumer<AuditRecord> consumer) {
    List<AuditRecord> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(records.values());
    }
    snapshot.forEach(consumer);
  }

  /** Overwrites a stored record in place, keeping the head pointer as it is. */
  public synchronized void replace(AuditRecord record) {
    if (!records.containsKey(record.sequence())) {
      throw new IllegalArgumentException("no audit record with sequence " + record.sequence());
    }
    records.put(record.sequence(), record);
  }

  /** Removes a stored record, keeping the head pointer as it is. */
  public synchronized void delete(long sequence) {
    if (records.remove(sequence) == null) {
      throw new IllegalArgumentException("no audit record with sequence " + sequence);
    }
  }

  /** Points the head somewhere else, or removes it when {@code newHead} is {@code null}. */
  public synchronized void moveHead(Head newHead) {
    head = newHead;
  }

  /** The stored record with this sequence. */
  public synchronized Optional<AuditRecord> get(long sequence) {
    return Optional.ofNullable(records.get(sequence));
  }

  private void releaseHeadLock() {
    while (headLock.isHeldByCurrentThread()) {
      headLock.unlock();
    }
  }
}
