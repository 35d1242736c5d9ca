package io.rampart.server.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.risk.Profile;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RiskFixture;
import io.rampart.risk.StoredProfile;
import io.rampart.risk.SubjectId;
import org.junit.jupiter.api.Test;

class ProfileSnapshotTest {
  final byte[] typical = ProfileCodec.encode(RiskFixture.typicalProfile());
  final byte[] empty = Profile.newSlot();

  @Test
  void holdsCopiesTakenWhenAddedWhateverHappensToTheSlotsAfter() {
    ProfileSnapshot snapshot = new ProfileSnapshot();
    byte[] live = typical.clone();
    snapshot.add(new SubjectId("alice"), 7, live);
    live[1] ^= 0x55;

    StoredProfile held = snapshot.get(0);

    assertThat(held.account()).isEqualTo(new SubjectId("alice"));
    assertThat(held.appliedSeq()).isEqualTo(7);
    assertThat(held.profile()).isEqualTo(typical).isNotSameAs(snapshot.get(0).profile());
  }

  @Test
  void ordersByAccountForTheStoreAndKeepsEachProfileWithItsAccount() {
    ProfileSnapshot snapshot = new ProfileSnapshot();
    for (int i = 40; i > 0; i--) {
      snapshot.add(new SubjectId("acct-" + (char) ('A' + i)), i, i % 2 == 0 ? typical : empty);
    }

    snapshot.sortByAccount();

    assertThat(snapshot)
        .hasSize(40)
        .isSortedAccordingTo((a, b) -> a.account().value().compareTo(b.account().value()));
    for (int i = 0; i < snapshot.size(); i++) {
      StoredProfile p = snapshot.get(i);
      assertThat(snapshot.account(i)).isEqualTo(p.account());
      assertThat(snapshot.appliedSeq(i)).isEqualTo(p.appliedSeq());
      assertThat(p.profile()).isEqualTo(p.appliedSeq() % 2 == 0 ? typical : empty);
    }
  }

  @Test
  void startsEmptyAgainAfterAReset() {
    ProfileSnapshot snapshot = new ProfileSnapshot();
    for (int i = 0; i < 100; i++) {
      snapshot.add(new SubjectId("acct-" + i), i, typical);
    }
    snapshot.sortByAccount();

    snapshot.reset();
    snapshot.add(new SubjectId("zed"), 1, empty);

    assertThat(snapshot).singleElement().satisfies(p -> assertThat(p.profile()).isEqualTo(empty));
    assertThatThrownBy(() -> snapshot.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void refusesBytesThatAreNotAProfileSlot() {
    assertThatThrownBy(() -> new ProfileSnapshot().add(new SubjectId("a"), 1, new byte[12]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
