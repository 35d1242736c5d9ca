package io.rampart.server.risk;

import io.rampart.risk.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cached profiles one batch changes in place, with what each held before the batch first
 * changed it, so the batch's changes can be kept once its commit succeeds or put back if it fails.
 * The saved bytes go into one buffer reused by every batch of the shard, which owns this and is the
 * only thread to use it.
 */
final class BatchUndo {
  private final List<CachedProfile> touched = new ArrayList<>();
  private byte[] saved = new byte[64 * Profile.BYTES];

  /**
   * Saves what the profile holds before the batch first changes it (and gives an account with no
   * event yet its slot), so that {@link #takeBack} can restore it.
   *
   * @return {@code cached}, its {@code profile} a slot the caller may change
   */
  CachedProfile touch(CachedProfile cached) {
    if (cached.undo >= 0) {
      return cached;
    }
    int index = touched.size();
    touched.add(cached);
    cached.undo = index;
    cached.undoProfile = cached.profile;
    cached.undoSeq = cached.seq;
    cached.undoDirty = cached.dirty;
    if (cached.profile == null) {
      cached.profile = Profile.newSlot();
    } else {
      if ((index + 1) * Profile.BYTES > saved.length) {
        saved = Arrays.copyOf(saved, 2 * (index + 1) * Profile.BYTES);
      }
      System.arraycopy(cached.profile, 0, saved, index * Profile.BYTES, Profile.BYTES);
    }
    return cached;
  }

  /** Puts back every profile the batch changed as it was before the batch. */
  void takeBack() {
    for (CachedProfile c : touched) {
      if (c.undoProfile == null) {
        c.profile = null;
      } else {
        System.arraycopy(saved, c.undo * Profile.BYTES, c.profile, 0, Profile.BYTES);
      }
      c.seq = c.undoSeq;
      c.dirty = c.undoDirty;
      forget(c);
    }
    touched.clear();
  }

  /** Keeps what the committed batch did to its profiles: changed, and used. */
  void keep() {
    for (CachedProfile c : touched) {
      c.dirty = true;
      c.used = true;
      forget(c);
    }
    touched.clear();
  }

  private static void forget(CachedProfile c) {
    c.undo = -1;
    c.undoProfile = null;
  }
}
