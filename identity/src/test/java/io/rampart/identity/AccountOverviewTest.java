package io.rampart.identity;

import static io.rampart.identity.IdentityFixture.EMAIL;
import static io.rampart.identity.IdentityFixture.HOME;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountOverviewTest {
  private final IdentityFixture fx = new IdentityFixture();

  @Test
  void summarisesTheAccountsSecurity() {
    AccountId owner = fx.owner();
    fx.signedIn(HOME, null);
    fx.clock.advance(Duration.ofDays(10).plusHours(23));
    fx.signedIn(HOME, null);

    AccountOverview overview = fx.identity.overview(owner).orElseThrow();

    assertThat(overview.id()).isEqualTo(owner);
    assertThat(overview.email()).isEqualTo(EMAIL);
    assertThat(overview.emailVerified()).isTrue();
    assertThat(overview.createdAt()).isEqualTo(IdentityFixture.T0);
    assertThat(overview.passwordChangedAt()).isEqualTo(IdentityFixture.T0);
    assertThat(overview.passwordAgeDays()).isEqualTo(10);
    assertThat(overview.activeSessions()).isEqualTo(1);
  }

  @Test
  void findsNothingForAnUnknownAccount() {
    assertThat(fx.identity.overview(new AccountId(UUID.randomUUID()))).isEmpty();
  }
}
