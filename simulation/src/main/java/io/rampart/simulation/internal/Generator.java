package io.rampart.simulation.internal;

import io.rampart.simulation.Actor;
import io.rampart.simulation.Label;
import io.rampart.simulation.SimulatedEvent;
import io.rampart.simulation.SimulationSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a simulation day by day: every owner lives the day, then the attacks planned for it happen,
 * and the timeline hands events on once nothing made later can precede them. The plan (victims,
 * days, campaigns) is drawn from the seed before the first day, from its own random stream, so the
 * owners' behaviour does not depend on how many attacks there are.
 */
public final class Generator {
  private record Planned(int day, Actor actor, int victim, String incident) {}

  private record Campaign(int day, String incident, List<Integer> targets, List<Planned> reused) {}

  private final SimulationSettings settings;
  private final World world = new World();

  public Generator(SimulationSettings settings) {
    this.settings = settings;
  }

  public World world() {
    return world;
  }

  public void run(Consumer<SimulatedEvent> sink) {
    var timeline = new Timeline(sink);
    var events = new Events();
    var attacks = new Attacks(world, events, timeline);
    var accounts = new ArrayList<Account>(settings.accounts());
    for (int i = 0; i < settings.accounts(); i++) {
      accounts.add(new Account(i, settings.seed(), world, settings.start()));
    }
    var plan = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
    List<List<Planned>> byDay = new ArrayList<>();
    List<List<Campaign>> campaignsByDay = new ArrayList<>();
    for (int d = 0; d < settings.days(); d++) {
      byDay.add(new ArrayList<>());
      campaignsByDay.add(new ArrayList<>());
    }
    plan(plan, byDay, campaignsByDay);
    for (int day = 0; day < settings.days(); day++) {
      Instant midnight = settings.start().plus(Duration.ofDays(day));
      for (Account a : accounts) {
        a.live(day, midnight, events, timeline);
      }
      for (Planned p : byDay.get(day)) {
        Account victim = accounts.get(p.victim());
        boolean activeToday =
            victim.lastActivity != null && !victim.lastActivity.isBefore(midnight);
        if (needsTheVictimsSession(p.actor()) && !activeToday && day + 1 < settings.days()) {
          // No session to steal or ride today: the attacker waits for the victim's next one.
          byDay.get(day + 1).add(p);
        } else {
          attack(attacks, victim, p, midnight);
        }
      }
      for (Campaign c : campaignsByDay.get(day)) {
        var r = new SplittableRandom(settings.seed() ^ c.incident().hashCode());
        var targets = c.targets().stream().map(accounts::get).toList();
        var reused = c.reused().stream().map(p -> accounts.get(p.victim())).toList();
        var labels = c.reused().stream().map(p -> new Label(p.actor(), p.incident())).toList();
        attacks.credentialStuffing(
            targets,
            reused,
            labels,
            midnight,
            r,
            new Label(Actor.CREDENTIAL_STUFFING, c.incident()));
      }
      timeline.flushBefore(midnight.minus(Duration.ofDays(1)));
    }
    timeline.flushAll();
  }

  private void plan(SplittableRandom r, List<List<Planned>> byDay, List<List<Campaign>> campaigns) {
    var victims = new ArrayList<Integer>();
    for (int i = 0; i < settings.accounts(); i++) {
      victims.add(i);
    }
    Collections.shuffle(victims, new java.util.Random(r.nextLong()));
    int next = 0;
    int first = settings.warmUpDays();
    int n = settings.incidentsPerKind();
    for (Actor actor : Actor.values()) {
      if (!actor.attack() || actor == Actor.CREDENTIAL_STUFFING) {
        continue;
      }
      int last =
          actor == Actor.SLOW_DRAIN ? Math.max(first + 1, settings.days() - 28) : settings.days();
      for (int i = 0; i < n; i++) {
        int day = Draw.between(r, first, last);
        byDay.get(day).add(new Planned(day, actor, victims.get(next++), incident(actor, i)));
      }
    }
    // Credential stuffing: campaigns of a few hours, each trying a fifth of all accounts (the
    // share of a large combo list that has an account here); the planned victims are the accounts
    // whose password was reused, about one in seventy-five of those tried.
    int campaignCount = Math.max(1, n / 15);
    var reused = new ArrayList<List<Planned>>();
    for (int c = 0; c < campaignCount; c++) {
      reused.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      reused
          .get(i % campaignCount)
          .add(
              new Planned(
                  0,
                  Actor.CREDENTIAL_STUFFING,
                  victims.get(next++),
                  incident(Actor.CREDENTIAL_STUFFING, i)));
    }
    for (int c = 0; c < campaignCount; c++) {
      int day = Draw.between(r, first, settings.days());
      var targets = new ArrayList<Integer>();
      int tries = Math.max(10, settings.accounts() / 5);
      for (int i = 0; i < tries; i++) {
        targets.add(r.nextInt(settings.accounts()));
      }
      campaigns
          .get(day)
          .add(
              new Campaign(
                  day,
                  String.format(Locale.ROOT, "stuffing-campaign-%03d", c),
                  targets,
                  reused.get(c)));
    }
  }

  /** Attacks that ride a session the victim has just opened (stolen, or on their own device). */
  private static boolean needsTheVictimsSession(Actor actor) {
    return actor == Actor.SESSION_HIJACK
        || actor == Actor.WITHDRAWAL_BURST
        || actor == Actor.IMPOSSIBLE_TRAVEL;
  }

  private static String incident(Actor actor, int i) {
    return String.format(
        Locale.ROOT, "%s-%04d", actor.name().toLowerCase(Locale.ROOT).replace('_', '-'), i);
  }

  private void attack(Attacks attacks, Account v, Planned p, Instant midnight) {
    var r = new SplittableRandom(settings.seed() ^ ((long) p.incident().hashCode() << 16));
    var label = new Label(p.actor(), p.incident());
    switch (p.actor()) {
      case ACCOUNT_TAKEOVER ->
          attacks.accountTakeover(v, midnight.plusSeconds(r.nextInt(86_400)), r, label);
      case TARGETED_TAKEOVER -> attacks.targetedTakeover(v, midnight, r, label);
      case SESSION_HIJACK -> attacks.sessionHijack(v, midnight, r, label);
      case SIM_SWAP -> attacks.simSwap(v, midnight, r, label);
      case WITHDRAWAL_BURST -> attacks.withdrawalBurst(v, midnight, r, label);
      case SLOW_DRAIN -> attacks.slowDrain(v, midnight, r, label);
      case IMPOSSIBLE_TRAVEL -> attacks.impossibleTravel(v, midnight, r, label);
      case LEGITIMATE, CREDENTIAL_STUFFING -> throw new IllegalStateException(p.actor().name());
    }
  }
}
