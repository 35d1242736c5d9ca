package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.SessionId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link ElevationRepository} keeps. */
public abstract class ElevationRepositoryContract extends MfaContractBase {
  protected ElevationRepository repository;

  protected abstract ElevationRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  @Test
  void keepsOneElevationPerSessionAndAction() {
    SessionId session = new SessionId(UUID.randomUUID());
    Elevation first =
        new Elevation(
            session, SensitiveAction.CHANGE_PASSWORD, FactorMethod.TOTP, T0, T0.plusSeconds(300));
    Elevation renewed =
        new Elevation(
            session,
            SensitiveAction.CHANGE_PASSWORD,
            FactorMethod.PASSKEY,
            T0.plusSeconds(60),
            T0.plusSeconds(360));
    repository.grant(first);
    repository.grant(renewed);

    assertThat(repository.find(session, SensitiveAction.CHANGE_PASSWORD)).contains(renewed);
    assertThat(repository.find(session, SensitiveAction.WITHDRAW)).isEmpty();
    assertThat(repository.find(new SessionId(UUID.randomUUID()), SensitiveAction.CHANGE_PASSWORD))
        .isEmpty();
  }
}
