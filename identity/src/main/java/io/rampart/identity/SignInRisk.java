package io.rampart.identity;

/**
 * Port: what the risk engine makes of a sign-in, and what it learns of security changes. Identity
 * owns this port and knows nothing of the risk module; the server adapts the engine to it.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #assess} is called once for every sign-in with a correct password to a verified
 *       account, before its session opens and outside any transaction. It MUST return a verdict,
 *       never {@code null}. It MAY throw when the engine cannot decide (an outage): no session
 *       opens then, and the sign-in fails as an internal error.
 *   <li>{@link #failed} is called once for every sign-in refused for its credentials, whether the
 *       address has an account or not ({@link SignInFacts#account()} is then {@code null}), so that
 *       bursts and credential stuffing are seen. It MUST cost about the same either way, since the
 *       answer must not reveal whether the address has an account, and MUST NOT throw for an
 *       attempt it finds risky.
 *   <li>Implementations are thread-safe.
 * </ul>
 */
public interface SignInRisk {

  SignInVerdict assess(SignInFacts facts);

  void failed(SignInFacts facts);

  /** Tells the engine of a changed security setting; an engine that does not learn ignores it. */
  default void securitySettingChanged(SecurityChangeFacts facts) {}

  /** No risk engine: every sign-in is allowed unassessed, failures are not reported. */
  SignInRisk NONE =
      new SignInRisk() {
        @Override
        public SignInVerdict assess(SignInFacts facts) {
          return SignInVerdict.UNASSESSED;
        }

        @Override
        public void failed(SignInFacts facts) {}
      };
}
