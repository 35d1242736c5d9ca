package io.rampart.server.risk;

import io.rampart.risk.Profile;

/**
 * An account's profile as its shard holds it, changed in place by the shard's thread only. The
 * {@code undo} fields belong to {@link BatchUndo}: what a batch found before changing it, until the
 * batch is committed or taken back.
 */
final class CachedProfile {
  /** A {@link Profile#BYTES}-byte slot changed in place, or {@code null}: no event yet. */
  byte[] profile;

  /** The {@code accountSeq} of the last event the profile includes. */
  long seq;

  /** Changed since a write that has committed last held it. */
  boolean dirty;

  /** Used since an eviction sweep last passed it (its second chance). */
  boolean used;

  /** Where the batch saved the profile's bytes, or -1 if the batch has not touched it. */
  int undo = -1;

  byte[] undoProfile;
  long undoSeq;
  boolean undoDirty;

  CachedProfile(byte[] profile, long seq, boolean dirty) {
    this.profile = profile;
    this.seq = seq;
    this.dirty = dirty;
  }
}
