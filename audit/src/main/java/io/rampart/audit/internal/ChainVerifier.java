package io.rampart.audit.internal;

import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditStore;
import io.rampart.audit.ChainVerification;
import io.rampart.audit.ChainVerification.Breach;
import io.rampart.audit.ChainVerification.Broken;
import java.util.Optional;

/**
 * Walks the chain once, in order, and stops judging at the first broken link. Holds only the state
 * of the walk, never the records, so any length of chain verifies in constant memory. One instance
 * per verification; not thread-safe.
 */
public final class ChainVerifier {
  private long expectedSequence = 1;
  private String expectedPreviousHash = ChainHash.GENESIS;
  private long checked;
  private Broken broken;

  private ChainVerifier() {}

  /** Verifies every record of {@code store}, then its head pointer. */
  public static ChainVerification verify(AuditStore store) {
    ChainVerifier walk = new ChainVerifier();
    store.forEachInOrder(walk::check);
    if (walk.broken != null) {
      return walk.broken;
    }
    return walk.checkHead(store.head());
  }

  private void check(AuditRecord record) {
    if (broken != null) {
      return;
    }
    checked++;
    long sequence = record.sequence();
    if (sequence > expectedSequence) {
      broken =
          breach(
              expectedSequence,
              Breach.REMOVED,
              "records "
                  + expectedSequence
                  + " to "
                  + (sequence - 1)
                  + " are missing before record "
                  + sequence);
      return;
    }
    if (sequence < expectedSequence) {
      broken =
          breach(
              sequence,
              Breach.ALTERED,
              "record " + sequence + " appears after record " + (expectedSequence - 1));
      return;
    }
    if (!hashMatches(record)) {
      broken =
          breach(sequence, Breach.ALTERED, "record " + sequence + " does not match its own hash");
      return;
    }
    if (!expectedPreviousHash.equals(record.previousHash())) {
      broken =
          breach(
              sequence,
              Breach.REMOVED,
              "record "
                  + sequence
                  + " does not link to the record before it: that record was replaced or removed");
      return;
    }
    expectedSequence = sequence + 1;
    expectedPreviousHash = record.hash();
  }

  private static boolean hashMatches(AuditRecord record) {
    try {
      return ChainHash.of(record).equals(record.hash());
    } catch (RuntimeException damaged) {
      return false;
    }
  }

  private ChainVerification checkHead(Optional<AuditStore.Head> head) {
    long last = expectedSequence - 1;
    if (head.isEmpty()) {
      if (last == 0) {
        return new ChainVerification.Intact(0, ChainHash.GENESIS);
      }
      return breach(last, Breach.ALTERED, "the head pointer is missing although records exist");
    }
    long headSequence = head.get().sequence();
    if (headSequence > last) {
      return breach(
          last + 1,
          Breach.REMOVED,
          "records "
              + (last + 1)
              + " to "
              + headSequence
              + " are missing: the head pointer is at "
              + headSequence);
    }
    if (headSequence < last) {
      return breach(
          headSequence + 1,
          Breach.ALTERED,
          "records after "
              + headSequence
              + " lie beyond the head pointer: they were added outside the trail");
    }
    if (!head.get().hash().equals(expectedPreviousHash)) {
      return breach(
          last,
          Breach.ALTERED,
          "the newest record does not match the head pointer: it was replaced");
    }
    return new ChainVerification.Intact(last, expectedPreviousHash);
  }

  private Broken breach(long sequence, Breach breach, String detail) {
    return new Broken(sequence, breach, detail, checked);
  }
}
