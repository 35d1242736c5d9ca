package io.rampart.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Recorded assessments in memory, for tests. Thread-safe. */
public final class InMemoryRiskRecordStore implements RiskRecordStore {
  private record Seq(SubjectId account, long seq) {}

  private final Map<EventKey, RecordedAssessment> byKey = new LinkedHashMap<>();
  private final Map<UUID, RecordedAssessment> byId = new HashMap<>();
  private final Map<Seq, RecordedAssessment> bySeq = new HashMap<>();

  @Override
  public synchronized void append(List<RecordedAssessment> records) {
    Set<EventKey> keys = new HashSet<>();
    Set<Seq> seqs = new HashSet<>();
    Set<UUID> ids = new HashSet<>();
    for (RecordedAssessment r : records) {
      Seq seq = new Seq(r.account(), r.accountSeq());
      if (byKey.containsKey(r.key())
          || byId.containsKey(r.id())
          || bySeq.containsKey(seq)
          || !keys.add(r.key())
          || !seqs.add(seq)
          || !ids.add(r.id())) {
        throw new IllegalStateException("duplicate record " + r.key());
      }
    }
    for (RecordedAssessment r : records) {
      byKey.put(r.key(), r);
      byId.put(r.id(), r);
      bySeq.put(new Seq(r.account(), r.accountSeq()), r);
    }
  }

  @Override
  public synchronized Map<EventKey, RecordedAssessment> find(Collection<EventKey> keys) {
    Map<EventKey, RecordedAssessment> found = new HashMap<>();
    for (EventKey key : keys) {
      RecordedAssessment r = byKey.get(key);
      if (r != null) {
        found.put(key, r);
      }
    }
    return found;
  }

  @Override
  public synchronized Optional<RecordedAssessment> findById(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<RecordedAssessment> forAccount(
      SubjectId account, Long beforeSeq, int limit) {
    return byKey.values().stream()
        .filter(r -> r.account().equals(account))
        .filter(r -> beforeSeq == null || r.accountSeq() < beforeSeq)
        .sorted(Comparator.comparingLong(RecordedAssessment::accountSeq).reversed())
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public synchronized List<RecordedAssessment> after(SubjectId account, long afterSeq) {
    return byKey.values().stream()
        .filter(r -> r.account().equals(account) && r.accountSeq() > afterSeq)
        .sorted(Comparator.comparingLong(RecordedAssessment::accountSeq))
        .toList();
  }

  @Override
  public synchronized Map<SubjectId, Long> lastSeqs(Collection<SubjectId> accounts) {
    Map<SubjectId, Long> last = new HashMap<>();
    for (RecordedAssessment r : byKey.values()) {
      if (accounts.contains(r.account())) {
        last.merge(r.account(), r.accountSeq(), Math::max);
      }
    }
    return last;
  }

  @Override
  public synchronized Set<SubjectId> accountsRecordedSince(Instant since) {
    Set<SubjectId> accounts = new HashSet<>();
    for (RecordedAssessment r : byKey.values()) {
      if (!r.recordedAt().isBefore(since)) {
        accounts.add(r.account());
      }
    }
    return accounts;
  }

  @Override
  public void forEachRecordedSince(
      Instant since, String eventType, Consumer<RecordedAssessment> sink) {
    List<RecordedAssessment> matching = new ArrayList<>();
    synchronized (this) {
      for (RecordedAssessment r : byKey.values()) {
        if (!r.recordedAt().isBefore(since) && r.eventType().equals(eventType)) {
          matching.add(r);
        }
      }
    }
    matching.forEach(sink);
  }

  public synchronized List<RecordedAssessment> all() {
    return new ArrayList<>(byKey.values());
  }
}
