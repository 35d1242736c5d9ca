package io.rampart.identity.internal;

import io.rampart.identity.IdentityPorts;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.PasswordHasher;
import io.rampart.kernel.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The identity use cases, wired once for the facade. Building them computes one dummy hash (used to
 * make sign-ins for unknown addresses cost the same as for known ones) and loads the password
 * blocklist if it is not loaded yet.
 */
public final class UseCases {
  private final Registration registration;
  private final EmailConfirmation emailConfirmation;
  private final SignIn signIn;
  private final SessionAuthentication authentication;
  private final SessionManagement sessions;
  private final PasswordChange passwordChange;
  private final AccountOverviews overviews;

  public UseCases(
      IdentityPorts ports,
      IdentitySettings settings,
      PasswordHasher hasher,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    Context context =
        new Context(
            ports,
            settings,
            new BoundedHasher(hasher, settings.hashing()),
            PasswordRules.standard(settings.passwordPolicy()),
            new Tokens(random),
            clock,
            ids);
    this.registration = new Registration(context);
    this.emailConfirmation = new EmailConfirmation(context);
    this.signIn = new SignIn(context, DummyHash.of(hasher, random));
    this.authentication = new SessionAuthentication(context);
    this.sessions = new SessionManagement(context);
    this.passwordChange = new PasswordChange(context);
    this.overviews = new AccountOverviews(context);
  }

  public Registration registration() {
    return registration;
  }

  public EmailConfirmation emailConfirmation() {
    return emailConfirmation;
  }

  public SignIn signIn() {
    return signIn;
  }

  public SessionAuthentication authentication() {
    return authentication;
  }

  public SessionManagement sessions() {
    return sessions;
  }

  public PasswordChange passwordChange() {
    return passwordChange;
  }

  public AccountOverviews overviews() {
    return overviews;
  }
}
