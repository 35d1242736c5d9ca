package io.rampart.audit;

/** The result of checking the whole chain. */
public sealed interface ChainVerification {

  /**
   * Every link holds.
   *
   * @param records how many records the chain has
   * @param headHash the newest record's hash; for an empty chain, 64 zeros
   */
  record Intact(long records, String headHash) implements ChainVerification {}

  /**
   * The chain breaks at {@code sequence}: that is the first record that was altered, or the
   * position where records were removed.
   *
   * @param sequence the first broken record, or the first missing one
   * @param breach what kind of break
   * @param detail what is wrong, naming sequences only, never record content
   * @param recordsChecked how many records were read up to and including the one that showed the
   *     break (all of them when the break is found against the head pointer)
   */
  record Broken(long sequence, Breach breach, String detail, long recordsChecked)
      implements ChainVerification {}

  enum Breach {
    /**
     * The record's content no longer matches its hash, or the newest records disagree with the head
     * pointer in a way that no removal explains.
     */
    ALTERED,
    /** The record's previous-hash does not match the record before it, or a sequence is missing. */
    REMOVED
  }
}
