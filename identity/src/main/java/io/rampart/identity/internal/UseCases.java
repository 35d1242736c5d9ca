package io.rampart.identity.internal;

import io.rampart.identity.IdentityPorts;
import io.rampart.identity.IdentitySettings;
import io.rampart.identity.MfaPorts;
import io.rampart.identity.MfaSettings;
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
  private final SecondFactorSignIn secondFactorSignIn;
  private final StepUp stepUp;
  private final Factors factors;
  private final TrustedDevices trustedDevices;
  private final SecurityChanges securityChanges;

  public UseCases(
      IdentityPorts ports,
      MfaPorts mfaPorts,
      IdentitySettings settings,
      MfaSettings mfa,
      PasswordHasher hasher,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    Context context =
        new Context(
            ports,
            mfaPorts,
            settings,
            mfa,
            new BoundedHasher(hasher, settings.hashing()),
            PasswordRules.standard(settings.passwordPolicy()),
            new Tokens(random),
            new MfaKeys(mfa.key(), random),
            random,
            clock,
            ids);
    TotpCodes codes = TotpCodes.standard();
    RelyingParty relyingParty = new RelyingParty(mfa.webAuthn());
    ProofThrottle proofThrottle = new ProofThrottle(context);
    this.securityChanges = new SecurityChanges(context);
    this.trustedDevices = new TrustedDevices(context);
    SecondFactors secondFactors =
        new SecondFactors(
            context, codes, relyingParty, proofThrottle, securityChanges, trustedDevices);
    SessionOpening opening = new SessionOpening(context);
    this.secondFactorSignIn =
        new SecondFactorSignIn(context, secondFactors, opening, trustedDevices, relyingParty);
    this.stepUp = new StepUp(context, secondFactors);
    this.factors =
        new Factors(
            context,
            stepUp,
            secondFactors,
            codes,
            relyingParty,
            trustedDevices,
            securityChanges,
            proofThrottle);
    this.registration = new Registration(context);
    this.emailConfirmation = new EmailConfirmation(context);
    this.signIn = new SignIn(context, opening, secondFactorSignIn, DummyHash.of(hasher, random));
    this.authentication = new SessionAuthentication(context);
    this.sessions = new SessionManagement(context, stepUp);
    this.passwordChange = new PasswordChange(context, trustedDevices, securityChanges, stepUp);
    this.overviews = new AccountOverviews(context, secondFactors, securityChanges);
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

  public SecondFactorSignIn secondFactorSignIn() {
    return secondFactorSignIn;
  }

  public StepUp stepUp() {
    return stepUp;
  }

  public Factors factors() {
    return factors;
  }

  public TrustedDevices trustedDevices() {
    return trustedDevices;
  }

  public SecurityChanges securityChanges() {
    return securityChanges;
  }
}
