package io.rampart.simulation;

import io.rampart.risk.ActionType;
import io.rampart.risk.Assessment;
import io.rampart.risk.Decision;
import io.rampart.risk.Finding;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts how the engine's decisions, and the naive baseline's in the same run, met the simulation's
 * ground truth. Only events from {@code scoredFrom} on count (before it, profiles are still
 * learning and no attack happens).
 *
 * <ul>
 *   <li>An <b>attack action</b> is an attacker's event that would go through without friction:
 *       every attacker event but failed sign-ins (the password check stops those anyway).
 *   <li>An <b>incident</b> is <b>caught</b> when one of its actions up to and including its first
 *       withdrawal met friction (any decision but {@code ALLOW}): money did not leave unchallenged.
 *       Its first withdrawal is <b>held</b> when the engine decided {@code REVIEW} or {@code DENY}
 *       for it: an attacker who can pass a challenge (SIM swap) still does not get the money.
 *   <li>A legitimate action <b>met friction</b> when it was challenged, held or denied; it was
 *       <b>held</b> when held or denied. Legitimate sign-ins count successful ones only.
 *   <li>Per reason, the share of each kind's attack actions, and of legitimate actions, on which a
 *       rule reported it (given assessments, not bare decisions).
 * </ul>
 *
 * Not thread-safe.
 */
public final class DetectionTally {
  private final Instant scoredFrom;
  private final Map<Actor, long[]> attackActions = new EnumMap<>(Actor.class);
  private final Map<String, Incident> incidents = new LinkedHashMap<>();
  private final Map<ActionType, long[]> legitimate = new EnumMap<>(ActionType.class);

  /** Per reason, the actions it was found on, by actor (legitimate or attack kind). */
  private final Map<RiskReason, long[]> reasons = new EnumMap<>(RiskReason.class);

  /** Counts: actions, engine friction, baseline friction. */
  private static final int ACTIONS = 0;

  private static final int ENGINE = 1;
  private static final int BASELINE = 2;
  private static final int HELD = 3;

  private static final class Incident {
    final Actor actor;
    boolean acted;
    boolean settled;
    boolean engineCaught;
    boolean baselineCaught;
    boolean withdrew;
    boolean held;

    Incident(Actor actor) {
      this.actor = actor;
    }
  }

  public DetectionTally(Instant scoredFrom) {
    this.scoredFrom = scoredFrom;
  }

  /** Counts the engine's assessment of the event, with the reasons it found. */
  public void add(RiskEvent event, Label label, Assessment engine, Decision baseline) {
    if (counted(event)) {
      for (Finding.Signal f : engine.findings()) {
        reasons
            .computeIfAbsent(f.reason(), k -> new long[Actor.values().length])[
            label.actor().ordinal()]++;
      }
    }
    add(event, label, engine.decision(), baseline);
  }

  /** Whether the event is one the tally counts: scored, not a deposit, not a failed sign-in. */
  private boolean counted(RiskEvent event) {
    return !event.occurredAt().isBefore(scoredFrom)
        && !(event instanceof RiskEvent.Deposit)
        && !(event instanceof RiskEvent.SignInAttempt s && !s.success());
  }

  public void add(RiskEvent event, Label label, Decision engine, Decision baseline) {
    if (event.occurredAt().isBefore(scoredFrom) || event instanceof RiskEvent.Deposit) {
      return;
    }
    boolean failedSignIn = event instanceof RiskEvent.SignInAttempt s && !s.success();
    if (!label.actor().attack()) {
      if (!failedSignIn) {
        count(legitimate.computeIfAbsent(event.actionType(), k -> new long[4]), engine, baseline);
      }
      return;
    }
    if (failedSignIn) {
      return;
    }
    count(attackActions.computeIfAbsent(label.actor(), k -> new long[4]), engine, baseline);
    Incident incident =
        incidents.computeIfAbsent(label.incident(), k -> new Incident(label.actor()));
    incident.acted = true;
    if (incident.settled) {
      return;
    }
    incident.engineCaught |= engine != Decision.ALLOW;
    incident.baselineCaught |= baseline != Decision.ALLOW;
    if (event instanceof RiskEvent.WithdrawalRequest) {
      incident.settled = true;
      incident.withdrew = true;
      incident.held = held(engine);
    }
  }

  private static void count(long[] c, Decision engine, Decision baseline) {
    c[ACTIONS]++;
    c[ENGINE] += engine != Decision.ALLOW ? 1 : 0;
    c[BASELINE] += baseline != Decision.ALLOW ? 1 : 0;
    c[HELD] += held(engine) ? 1 : 0;
  }

  private static boolean held(Decision d) {
    return d == Decision.REVIEW || d == Decision.DENY;
  }

  /** One attack kind's (or all takeovers') results. */
  public record AttackRow(
      String kind,
      long incidents,
      long caught,
      long baselineCaught,
      long withdrawals,
      long held,
      long actions,
      long actionsWithFriction,
      long baselineActionsWithFriction) {}

  /** One legitimate action type's results. */
  public record LegitimateRow(
      String action, long actions, long friction, long held, long baselineFriction) {}

  public Map<Actor, AttackRow> attacks() {
    var rows = new LinkedHashMap<Actor, AttackRow>();
    for (Actor actor : Actor.values()) {
      if (actor.attack()) {
        rows.put(actor, attackRow(actor.name(), actor, false));
      }
    }
    return rows;
  }

  /** Every takeover kind together: the figure the target of 99% applies to. */
  public AttackRow takeovers() {
    return attackRow("all account takeovers", null, true);
  }

  private AttackRow attackRow(String name, Actor only, boolean takeovers) {
    long n = 0;
    long caught = 0;
    long baseline = 0;
    long withdrawals = 0;
    long held = 0;
    for (Incident i : incidents.values()) {
      if (i.acted && (takeovers ? i.actor.takeover() : i.actor == only)) {
        n++;
        caught += i.engineCaught ? 1 : 0;
        baseline += i.baselineCaught ? 1 : 0;
        withdrawals += i.withdrew ? 1 : 0;
        held += i.held ? 1 : 0;
      }
    }
    long[] a = new long[4];
    attackActions.forEach(
        (actor, c) -> {
          if (takeovers ? actor.takeover() : actor == only) {
            for (int k = 0; k < a.length; k++) {
              a[k] += c[k];
            }
          }
        });
    return new AttackRow(
        name, n, caught, baseline, withdrawals, held, a[ACTIONS], a[ENGINE], a[BASELINE]);
  }

  public Map<ActionType, LegitimateRow> legitimate() {
    var rows = new LinkedHashMap<ActionType, LegitimateRow>();
    for (ActionType action : ActionType.values()) {
      long[] c = legitimate.get(action);
      if (c != null) {
        rows.put(
            action, new LegitimateRow(action.name(), c[ACTIONS], c[ENGINE], c[HELD], c[BASELINE]));
      }
    }
    return rows;
  }

  /**
   * The share of each actor's counted actions (legitimate: all action types together) on which the
   * reason was found; empty for a reason never found.
   */
  public Map<Actor, String> reasonShares(RiskReason reason) {
    var shares = new LinkedHashMap<Actor, String>();
    long[] found = reasons.get(reason);
    if (found == null) {
      return shares;
    }
    long legitimateActions = legitimate.values().stream().mapToLong(c -> c[ACTIONS]).sum();
    for (Actor actor : Actor.values()) {
      long actions =
          actor.attack()
              ? attackActions.getOrDefault(actor, new long[4])[ACTIONS]
              : legitimateActions;
      shares.put(actor, share(found[actor.ordinal()], actions));
    }
    return shares;
  }

  /** The results as Markdown tables, shares in per cent with one decimal. */
  public String toMarkdown() {
    var b = new StringBuilder();
    b.append(
        "| attack | incidents | caught (Rampart) | caught (baseline) | first withdrawal held (Rampart) | attack actions | with friction (Rampart) | with friction (baseline) |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (AttackRow r : attacks().values()) {
      attackLine(b, r);
    }
    attackLine(b, takeovers());
    b.append(
        "\n| legitimate action | actions | friction (Rampart) | held (Rampart) | friction (baseline) |\n");
    b.append("|---|---:|---:|---:|---:|\n");
    for (LegitimateRow r : legitimate().values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s | %s |%n",
              r.action(),
              r.actions(),
              share(r.friction(), r.actions()),
              share(r.held(), r.actions()),
              share(r.baselineFriction(), r.actions())));
    }
    if (!reasons.isEmpty()) {
      b.append("\n| reason found on | ");
      for (Actor actor : Actor.values()) {
        b.append(actor.name()).append(" | ");
      }
      b.append("\n|---|");
      b.append("---:|".repeat(Actor.values().length)).append('\n');
      for (RiskReason reason : reasons.keySet()) {
        b.append("| ").append(reason.name()).append(" | ");
        for (String share : reasonShares(reason).values()) {
          b.append(share).append(" | ");
        }
        b.setLength(b.length() - 1);
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static void attackLine(StringBuilder b, AttackRow r) {
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %s | %s | %d | %s | %s |%n",
            r.kind(),
            r.incidents(),
            share(r.caught(), r.incidents()),
            share(r.baselineCaught(), r.incidents()),
            share(r.held(), r.withdrawals()),
            r.actions(),
            share(r.actionsWithFriction(), r.actions()),
            share(r.baselineActionsWithFriction(), r.actions())));
  }

  static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
