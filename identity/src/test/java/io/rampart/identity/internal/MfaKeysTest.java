package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.identity.ChallengeId;
import io.rampart.identity.MfaSettings;
import io.rampart.kernel.AccountId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MfaKeysTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final AccountId alice = new AccountId(UUID.randomUUID());
  private final byte[] seed = "12345678901234567890".getBytes();
  private final MfaKeys keys = new MfaKeys(key(), RANDOM);

  private static MfaSettings.SecretKey key() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new MfaSettings.SecretKey(bytes);
  }

  @Test
  void opensWhatItSealedAndSealsDifferentlyEachTime() {
    String first = keys.seal(alice, seed);
    String second = keys.seal(alice, seed);

    assertThat(keys.open(alice, first)).isEqualTo(seed);
    assertThat(first).startsWith("v1.").isNotEqualTo(second);
    assertThat(first).doesNotContain(Base64.getUrlEncoder().encodeToString(seed));
  }

  @Test
  void refusesASeedMovedToAnotherAccount() {
    String sealed = keys.seal(alice, seed);

    assertThatThrownBy(() -> keys.open(new AccountId(UUID.randomUUID()), sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rampart.mfa.key");
  }

  @Test
  void refusesASeedSealedUnderAnotherKey() {
    String sealed = new MfaKeys(key(), RANDOM).seal(alice, seed);

    assertThatThrownBy(() -> keys.open(alice, sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAnAlteredOrMalformedSeed() {
    String sealed = keys.seal(alice, seed);
    char last = sealed.charAt(sealed.length() - 1);
    String altered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThatThrownBy(() -> keys.open(alice, altered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> keys.open(alice, "v2.abc")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> keys.open(alice, "v1.!!")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> keys.open(alice, "v1.AAAA")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void hashesCodesPerChallengeAndKey() {
    ChallengeId one = new ChallengeId(UUID.randomUUID());
    ChallengeId two = new ChallengeId(UUID.randomUUID());

    assertThat(keys.codeHash(one, "123456")).isEqualTo(keys.codeHash(one, "123456")).hasSize(64);
    assertThat(keys.codeHash(one, "123456")).isNotEqualTo(keys.codeHash(two, "123456"));
    assertThat(keys.codeHash(one, "123456")).isNotEqualTo(keys.codeHash(one, "123457"));
    assertThat(new MfaKeys(key(), RANDOM).codeHash(one, "123456"))
        .isNotEqualTo(keys.codeHash(one, "123456"));
  }
}
