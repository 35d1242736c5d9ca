package io.rampart.identity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each {@link SensitiveAction} risks and the assurance it needs. Configuration, not code: the
 * server binds overrides per action; every action not named keeps its default.
 *
 * @param rules one rule per action; every action must have one
 */
public record ActionCatalogue(Map<SensitiveAction, Rule> rules) {

  /** How much harm the action could do in the wrong hands; shown to clients and operators. */
  public enum Risk {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
  }

  /**
   * What the caller must have shown, beyond a session, to do the action.
   *
   * <ul>
   *   <li>{@link #SESSION}: the session's own sign-in is enough.
   *   <li>{@link #ANY_FACTOR}: a fresh proof of a second factor. An account with an authenticator
   *       app or passkey proves one of those (or a recovery code); an account without any proves
   *       control of its mailbox with an e-mailed code.
   *   <li>{@link #AUTHENTICATOR}: a fresh proof of an authenticator app or passkey, or a recovery
   *       code; an e-mailed code is never enough, so an account without one must set one up first.
   *   <li>{@link #PHISHING_RESISTANT}: a fresh passkey assertion only.
   * </ul>
   */
  public enum Assurance {
    SESSION,
    ANY_FACTOR,
    AUTHENTICATOR,
    PHISHING_RESISTANT;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One action's entry. */
  public record Rule(Risk risk, Assurance assurance) {
    public Rule {
      Objects.requireNonNull(risk, "risk");
      Objects.requireNonNull(assurance, "assurance");
    }
  }

  public ActionCatalogue {
    Objects.requireNonNull(rules, "rules");
    EnumMap<SensitiveAction, Rule> copy = new EnumMap<>(SensitiveAction.class);
    copy.putAll(rules);
    for (SensitiveAction action : SensitiveAction.values()) {
      if (!copy.containsKey(action)) {
        throw new IllegalArgumentException("the action catalogue has no rule for " + action);
      }
    }
    rules = Map.copyOf(copy);
  }

  public Rule ruleFor(SensitiveAction action) {
    return rules.get(action);
  }

  /** The same catalogue with {@code action}'s rule replaced. */
  public ActionCatalogue with(SensitiveAction action, Rule rule) {
    EnumMap<SensitiveAction, Rule> copy = new EnumMap<>(rules);
    copy.put(action, rule);
    return new ActionCatalogue(copy);
  }

  /**
   * The defaults. Viewing the account needs only the session. Sign-in's second factor is decided by
   * the sign-in policy ({@link MfaSettings.SignInPolicy}), not by step-up. Ending sessions is a
   * defensive move the owner must be able to make at once, so it needs only the session. Changing
   * how the account is reached or protected needs a fresh factor; moving money or creating keys
   * that can move it needs an authenticator.
   */
  public static ActionCatalogue defaults() {
    EnumMap<SensitiveAction, Rule> rules = new EnumMap<>(SensitiveAction.class);
    rules.put(SensitiveAction.VIEW_ACCOUNT, new Rule(Risk.LOW, Assurance.SESSION));
    rules.put(SensitiveAction.SIGN_IN, new Rule(Risk.MEDIUM, Assurance.SESSION));
    rules.put(SensitiveAction.END_SESSIONS, new Rule(Risk.LOW, Assurance.SESSION));
    rules.put(SensitiveAction.SET_ANTI_PHISHING_CODE, new Rule(Risk.MEDIUM, Assurance.ANY_FACTOR));
    rules.put(SensitiveAction.CHANGE_PASSWORD, new Rule(Risk.HIGH, Assurance.ANY_FACTOR));
    rules.put(SensitiveAction.CHANGE_EMAIL, new Rule(Risk.HIGH, Assurance.ANY_FACTOR));
    rules.put(SensitiveAction.CHANGE_PHONE, new Rule(Risk.HIGH, Assurance.ANY_FACTOR));
    rules.put(SensitiveAction.ADD_FACTOR, new Rule(Risk.HIGH, Assurance.ANY_FACTOR));
    rules.put(SensitiveAction.REMOVE_FACTOR, new Rule(Risk.HIGH, Assurance.ANY_FACTOR));
    rules.put(SensitiveAction.CHANGE_WHITELIST, new Rule(Risk.HIGH, Assurance.AUTHENTICATOR));
    rules.put(SensitiveAction.CREATE_API_KEY, new Rule(Risk.HIGH, Assurance.AUTHENTICATOR));
    rules.put(SensitiveAction.WITHDRAW, new Rule(Risk.CRITICAL, Assurance.AUTHENTICATOR));
    return new ActionCatalogue(rules);
  }
}
