package io.rampart.simulation;

import java.util.Objects;

/**
 * What a simulated event really was: the owner's ({@link #LEGITIMATE}) or part of an attack
 * incident, named so that the actions of one incident can be told apart from another's.
 */
public record Label(Actor actor, String incident) {
  public static final Label LEGITIMATE = new Label(Actor.LEGITIMATE, null);

  public Label {
    Objects.requireNonNull(actor, "actor");
    if (actor.attack() == (incident == null)) {
      throw new IllegalArgumentException("an attack, and only an attack, names its incident");
    }
  }
}
