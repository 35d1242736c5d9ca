package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.PasswordHasher;
import org.junit.jupiter.api.Test;

class Argon2idHasherTest {
  private static final Argon2Parameters CHEAP = new Argon2Parameters(64, 1, 1);
  private final PasswordHasher hasher = PasswordHasher.argon2id(CHEAP);

  @Test
  void verifiesTheHashedPassword() {
    String hash = hasher.hash("violet tractor umbrella".toCharArray());

    assertThat(hasher.verify(hash, "violet tractor umbrella".toCharArray())).isTrue();
  }

  @Test
  void refusesAWrongPassword() {
    String hash = hasher.hash("violet tractor umbrella".toCharArray());

    assertThat(hasher.verify(hash, "violet tractor umbrellas".toCharArray())).isFalse();
  }

  @Test
  void saltsEveryHash() {
    char[] password = "violet tractor umbrella".toCharArray();

    assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
  }

  @Test
  void hashesTheNfcFormSoComposedAndDecomposedInputMatch() {
    String hash = hasher.hash("caf\u00e9 au lait please".toCharArray());

    assertThat(hasher.verify(hash, "cafe\u0301 au lait please".toCharArray())).isTrue();
  }

  @Test
  void usesOwaspParametersByDefaultAndWritesThemIntoTheHash() {
    PasswordHasher owasp = PasswordHasher.argon2id(Argon2Parameters.owaspMinimum());

    String hash = owasp.hash("violet tractor umbrella".toCharArray());

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(owasp.verify(hash, "violet tractor umbrella".toCharArray())).isTrue();
    assertThat(owasp.needsRehash(hash)).isFalse();
  }

  @Test
  void needsRehashWhenAnyParameterDiffers() {
    String hash = hasher.hash("violet tractor umbrella".toCharArray());

    assertThat(hasher.needsRehash(hash)).isFalse();
    assertThat(PasswordHasher.argon2id(new Argon2Parameters(128, 1, 1)).needsRehash(hash)).isTrue();
    assertThat(PasswordHasher.argon2id(new Argon2Parameters(64, 2, 1)).needsRehash(hash)).isTrue();
    assertThat(PasswordHasher.argon2id(new Argon2Parameters(64, 1, 2)).needsRehash(hash)).isTrue();
  }

  @Test
  void treatsForeignHashesAsNeedingRehashAndNeverMatching() {
    String bcrypt = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    assertThat(hasher.needsRehash(bcrypt)).isTrue();
    assertThat(hasher.verify(bcrypt, "anything".toCharArray())).isFalse();
  }

  @Test
  void leavesTheCallersPasswordArrayIntact() {
    char[] password = "violet tractor umbrella".toCharArray();

    hasher.hash(password);

    assertThat(new String(password)).isEqualTo("violet tractor umbrella");
  }
}
