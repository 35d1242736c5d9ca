package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wrong current passwords count as failures of the account: once its free failures are used up, a
 * password change is refused before any password is checked.
 */
class PasswordChangeThrottlingIT extends ServerTestBase {
  private static final String WRONG = "Not-The-Right-Passphrase-11";
  private static final String NEW_PASSWORD = "Fresh-Orchard-Kite-93";

  private ApiClient.Reply change(String token, String current) {
    return api.put("/api/v1/account/password")
        .bearer(token)
        .json(Map.of("currentPassword", current, "newPassword", NEW_PASSWORD))
        .send();
  }

  @Test
  void refusesWithRetryAfterOnceTheAccountsFreeFailuresAreUsedUp() {
    String owner = verifiedAccount();
    String token = signedIn(owner).token();
    stepUpByEmail(token, owner, "change-password");
    int free = properties.throttling().freeAccountFailures();
    for (int i = 0; i <= free; i++) {
      assertThat(change(token, WRONG).code()).isEqualTo("AUTH_CURRENT_PASSWORD_WRONG");
    }

    ApiClient.Reply throttled = change(token, PASSWORD);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.code()).isEqualTo("AUTH_THROTTLED");
    assertThat(throttled.header("Retry-After"))
        .isEqualTo(Long.toString(properties.throttling().baseDelay().toSeconds()));

    clock.advance(properties.throttling().baseDelay().plus(Duration.ofMillis(1)));
    ApiClient.Reply changed = change(token, PASSWORD);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
  }
}
