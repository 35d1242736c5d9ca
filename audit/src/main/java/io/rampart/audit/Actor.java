package io.rampart.audit;

import java.util.Objects;

/**
 * Who caused an audited event.
 *
 * @param kind what sort of actor
 * @param id the actor's identifier within its kind (an account id, an operator name, a service
 *     key's name), or {@code null} for {@link Kind#SYSTEM} and {@link Kind#ANONYMOUS}
 */
public record Actor(Kind kind, String id) {
  public enum Kind {
    ACCOUNT,
    OPERATOR,
    SYSTEM,
    ANONYMOUS,
    /** A backend system calling with a service key; the id is the key's name. */
    SERVICE
  }

  public Actor {
    Objects.requireNonNull(kind, "kind");
  }

  public static Actor account(io.rampart.kernel.AccountId id) {
    return new Actor(Kind.ACCOUNT, id.toString());
  }

  public static Actor operator(String name) {
    return new Actor(Kind.OPERATOR, name);
  }

  /** A backend system, by the name of the service key it called with. */
  public static Actor service(String keyName) {
    return new Actor(Kind.SERVICE, keyName);
  }

  public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);
  public static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, null);
}
