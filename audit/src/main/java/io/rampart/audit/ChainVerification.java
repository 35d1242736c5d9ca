package io.rampart.audit;

/** The result of checking the whole chain. */
public sealed interface ChainVerification {

  /** Every link holds. */
  record Intact(long records, String headHash) implements ChainVerification {}

  /**
   * The chain breaks at {@code sequence}: that is the first record that was altered, or the
   * position where records were removed.
   */
  record Broken(long sequence, Breach breach, String detail, long recordsChecked)
      implements ChainVerification {}

  enum Breach {
    /** The record's content no longer matches its hash. */
    ALTERED,
    /** The record's previous-hash does not match the record before it, or a sequence is missing. */
    REMOVED
  }
}
