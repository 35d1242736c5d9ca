package io.rampart.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rampart.identity.PasswordHasher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteredPasswordHasherTest {
  /** Knows one password; remembers which calls reached it. */
  private static final class RecordingHasher implements PasswordHasher {
    final List<String> calls = new ArrayList<>();

    @Override
    public String hash(char[] password) {
      calls.add("hash");
      return "$fake$" + new String(password);
    }

    @Override
    public boolean verify(String encodedHash, char[] password) {
      calls.add("verify");
      return encodedHash.equals("$fake$" + new String(password));
    }

    @Override
    public boolean needsRehash(String encodedHash) {
      calls.add("needsRehash");
      return false;
    }
  }

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final RecordingHasher delegate = new RecordingHasher();
  private final MeteredPasswordHasher hasher = new MeteredPasswordHasher(delegate, meters);

  private double verifications() {
    return meters.get("rampart.password.verifications").counter().count();
  }

  @Test
  void countsEveryVerificationWhateverItsResult() {
    String hash = hasher.hash("right".toCharArray());

    assertThat(hasher.verify(hash, "right".toCharArray())).isTrue();
    assertThat(hasher.verify(hash, "wrong".toCharArray())).isFalse();

    assertThat(verifications()).isEqualTo(2);
  }

  @Test
  void countsNeitherHashingNorRehashChecks() {
    String hash = hasher.hash("right".toCharArray());
    hasher.needsRehash(hash);

    assertThat(verifications()).isZero();
    assertThat(delegate.calls).containsExactly("hash", "needsRehash");
  }
}
