package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MfaSettingsTest {
  private static final MfaSettings.WebAuthn RP =
      new MfaSettings.WebAuthn(
          "rampart.test", "Rampart", Set.of("https://rampart.test"), Duration.ofMinutes(2));

  @Test
  void theKeyMustBe256BitsAndIsNeverPrinted() {
    assertThatThrownBy(() -> new MfaSettings.SecretKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    MfaSettings.SecretKey key = new MfaSettings.SecretKey(new byte[32]);
    assertThat(key.toString()).isEqualTo("SecretKey[***]");
    assertThat(MfaSettings.defaults(key, RP).toString()).doesNotContain("[0, 0");
  }

  @Test
  void theRelyingPartyNeedsAHostAndHttpOrigins() {
    assertThatThrownBy(
            () ->
                new MfaSettings.WebAuthn(
                    "https://rampart.test",
                    "R",
                    Set.of("https://rampart.test"),
                    Duration.ofMinutes(1)))
        .hasMessageContaining("rpId");
    assertThatThrownBy(
            () ->
                new MfaSettings.WebAuthn(
                    "rampart.test", "R", Set.of("rampart.test"), Duration.ofMinutes(1)))
        .hasMessageContaining("origins");
    assertThatThrownBy(
            () -> new MfaSettings.WebAuthn("rampart.test", "R", Set.of(), Duration.ofMinutes(1)))
        .hasMessageContaining("origins");
  }

  @Test
  void theCatalogueNeedsARuleForEveryAction() {
    Map<SensitiveAction, ActionCatalogue.Rule> rules =
        new EnumMap<>(ActionCatalogue.defaults().rules());
    rules.remove(SensitiveAction.WITHDRAW);

    assertThatThrownBy(() -> new ActionCatalogue(rules)).hasMessageContaining("WITHDRAW");
  }

  @Test
  void theDefaultsFollowTheIssue() {
    MfaSettings defaults = MfaSettings.defaults(new MfaSettings.SecretKey(new byte[32]), RP);

    assertThat(defaults.stepUpTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.trustedDeviceTtl()).isEqualTo(Duration.ofDays(30));
    assertThat(defaults.emailCodeTtl()).isEqualTo(Duration.ofMinutes(10));
    assertThat(defaults.maxProofsPerChallenge()).isEqualTo(5);
    for (SecurityChange change : SecurityChange.values()) {
      assertThat(defaults.withdrawalLockAfter(change)).isEqualTo(Duration.ofHours(24));
    }
    assertThat(defaults.actions().ruleFor(SensitiveAction.WITHDRAW).assurance())
        .isEqualTo(ActionCatalogue.Assurance.AUTHENTICATOR);
  }

  @Test
  void wireNamesReadBack() {
    for (SensitiveAction action : SensitiveAction.values()) {
      assertThat(SensitiveAction.parse(action.wireName())).contains(action);
    }
    for (FactorMethod method : FactorMethod.values()) {
      assertThat(FactorMethod.parse(method.wireName())).contains(method);
    }
    assertThat(SensitiveAction.parse("launch-rockets")).isEmpty();
    assertThat(FactorMethod.parse(null)).isEmpty();
  }
}
