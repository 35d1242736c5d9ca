package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {
  private final List<String> codes = RecoveryCodes.generate(new SecureRandom());

  @Test
  void makesTenDistinctCodesOf120Bits() {
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes)
        .allSatisfy(
            code -> assertThat(code).matches("([0-9a-hjkmnp-tv-z]{4}-){5}[0-9a-hjkmnp-tv-z]{4}"));
  }

  @Test
  void readsACodeTypedWithOrWithoutDashesInAnyCase() {
    String code = codes.getFirst();
    String plain = code.replace("-", "");

    assertThat(RecoveryCodes.normalized(code)).contains(plain);
    assertThat(RecoveryCodes.normalized(" " + code.toUpperCase() + " ")).contains(plain);
    assertThat(RecoveryCodes.normalized(code.replace("-", " "))).contains(plain);
    assertThat(RecoveryCodes.hash(plain)).isEqualTo(RecoveryCodes.hashOfGenerated(code));
  }

  @Test
  void refusesWhatCannotBeACode() {
    assertThat(RecoveryCodes.normalized(null)).isEmpty();
    assertThat(RecoveryCodes.normalized("")).isEmpty();
    assertThat(RecoveryCodes.normalized(codes.getFirst().substring(1))).isEmpty();
    assertThat(RecoveryCodes.normalized("iiii-iiii-iiii-iiii-iiii-iiii")).isEmpty();
    assertThat(RecoveryCodes.normalized("x".repeat(100))).isEmpty();
  }
}
