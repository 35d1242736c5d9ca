package io.rampart.server.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.Profile;
import io.rampart.risk.ProfileCodec;
import io.rampart.risk.RiskFixture;
import org.junit.jupiter.api.Test;

class BatchUndoTest {
  final byte[] typical = ProfileCodec.encode(RiskFixture.typicalProfile());
  final BatchUndo undo = new BatchUndo();

  @Test
  void putsBackWhatEachProfileHeldBeforeTheBatchFirstChangedIt() {
    CachedProfile known = new CachedProfile(typical.clone(), 7, false);
    CachedProfile unseen = new CachedProfile(null, 0, false);
    byte[] slot = known.profile;

    undo.touch(known).profile[1] ^= 1;
    known.seq++;
    undo.touch(known).profile[2] ^= 1;
    known.seq++;
    undo.touch(unseen).seq++;
    undo.takeBack();

    assertThat(known.profile).isSameAs(slot).isEqualTo(typical);
    assertThat(known.seq).isEqualTo(7);
    assertThat(known.dirty).isFalse();
    assertThat(unseen.profile).isNull();
    assertThat(unseen.seq).isZero();
    assertThat(known.undo).isEqualTo(-1);
  }

  @Test
  void keepsTheChangesAsDirtyAndUsedAndStartsTheNextBatchAfresh() {
    CachedProfile unseen = new CachedProfile(null, 0, false);

    assertThat(undo.touch(unseen).profile).isEqualTo(Profile.newSlot());
    unseen.seq++;
    undo.keep();
    byte[] kept = unseen.profile.clone();
    undo.touch(unseen).profile[3] ^= 1;
    undo.takeBack();

    assertThat(unseen.dirty).isTrue();
    assertThat(unseen.used).isTrue();
    assertThat(unseen.seq).isOne();
    assertThat(unseen.profile).isEqualTo(kept);
  }

  @Test
  void savesMoreProfilesThanItsFirstBufferHolds() {
    CachedProfile[] many = new CachedProfile[200];
    for (int i = 0; i < many.length; i++) {
      many[i] = new CachedProfile(typical.clone(), i, true);
      undo.touch(many[i]).profile[1] = (byte) i;
    }

    undo.takeBack();

    for (CachedProfile c : many) {
      assertThat(c.profile).isEqualTo(typical);
      assertThat(c.dirty).isTrue();
    }
  }
}
