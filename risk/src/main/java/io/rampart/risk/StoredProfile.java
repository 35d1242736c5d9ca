package io.rampart.risk;

import java.util.Objects;

/**
 * An account's profile as a host persisted it.
 *
 * @param appliedSeq the {@code accountSeq} of the last event the profile includes
 * @param profile the profile in {@link ProfileCodec}'s binary form
 */
public record StoredProfile(SubjectId account, long appliedSeq, byte[] profile) {
  public StoredProfile {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(profile, "profile");
    if (appliedSeq < 0) {
      throw new IllegalArgumentException("appliedSeq must not be negative");
    }
  }
}
