package io.rampart.simulation.internal;

import io.rampart.risk.AddressChangeKind;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SubjectId;
import io.rampart.simulation.Label;
import io.rampart.simulation.internal.World.City;
import io.rampart.simulation.internal.World.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The attacks, one method per kind, each writing one incident's events against a victim: how the
 * attacker gets in (or does not need to), what they change, and how the money leaves. Attackers act
 * from their own networks and devices unless the kind says they borrow the victim's.
 */
final class Attacks {
  /** Where attackers sit, when they are not in the victim's country. */
  private static final String[] ATTACKER_COUNTRIES = {
    "NG", "VN", "BR", "UA", "TR", "IN", "US", "NL"
  };

  private final World world;
  private final Events events;
  private final Timeline timeline;

  Attacks(World world, Events events, Timeline timeline) {
    this.world = world;
    this.events = events;
    this.timeline = timeline;
  }

  /** Phished credentials used from abroad on a new device; the e-mail changed; all withdrawn. */
  void accountTakeover(Account v, Instant at, SplittableRandom r, Label label) {
    Client c = foreignClient(v, at, r);
    Instant t = at;
    if (Draw.chance(r, 0.2)) {
      t = failures(v, t, c, Draw.between(r, 1, 3), r, label);
    }
    t = signIn(v, t, c, r, label);
    t = browse(v, t, c, Draw.between(r, 1, 3), r, label);
    if (Draw.chance(r, 0.6)) {
      t = t.plusSeconds(Draw.between(r, 30, 300));
      SecuritySetting s =
          Draw.chance(r, 0.7) ? SecuritySetting.EMAIL : SecuritySetting.ANTI_PHISHING_CODE;
      add(events.security(v.id, t, s, c), label);
    }
    cashOut(v, t, c, r, label, 0.9, Draw.chance(r, 0.7));
  }

  /**
   * An attacker next door: the victim's country and city, often the same ISP, the victim's browser
   * and operating system (the very same user agent half the time), at the hours the victim is used
   * to; only the device is new (or sends no device id).
   */
  void targetedTakeover(Account v, Instant midnight, SplittableRandom r, Label label) {
    City city = Draw.chance(r, 0.7) ? v.home : world.cities(v.home.country()).getFirst();
    Network net = world.residential(city, Draw.chance(r, 0.5) ? v.isp : v.isp + 1);
    Account.Device main = v.main();
    Instant at = usualHour(v, midnight, r);
    String ua =
        Draw.chance(r, 0.5)
            ? main.browser().userAgent(at, main.updateLagDays())
            : main.browser().userAgent(at, 0);
    String device = Draw.chance(r, 0.7) ? newDeviceId(r) : null;
    Client c = new Client(world.address(net, r.nextInt(1 << 30)), ua, device);
    Instant t = signIn(v, at, c, r, label);
    t = browse(v, t, c, Draw.between(r, 0, 3), r, label);
    cashOut(v, t, c, r, label, 0.6, Draw.chance(r, 0.6));
  }

  /**
   * A session cookie stolen by malware, replayed from the attacker's network: the victim's device
   * id and user agent, no sign-in.
   */
  void sessionHijack(Account v, Instant midnight, SplittableRandom r, Label label) {
    Instant at = afterVictim(v, midnight, r, Duration.ofMinutes(10), Duration.ofHours(8));
    Client victim = victimClient(v, at);
    Network net =
        Draw.chance(r, 0.6)
            ? world.proxy(attackerCountry(v, r))
            : Draw.chance(r, 0.5) ? world.proxy(v.home.country()) : world.hosting(r);
    Client c = new Client(address(net, r, 0.15), victim.userAgent(), victim.deviceId());
    Instant t = browse(v, at, c, Draw.between(r, 1, 4), r, label);
    cashOut(v, t, c, r, label, 0.8, Draw.chance(r, 0.5));
  }

  /**
   * The victim's number ported to the attacker's SIM: a password reset by SMS, a sign-in from the
   * attacker's phone on the victim's own carrier, MFA re-enrolled, then everything withdrawn.
   */
  void simSwap(Account v, Instant midnight, SplittableRandom r, Label label) {
    Instant at = midnight.plusSeconds(r.nextInt(86_400));
    Browser phone = Draw.chance(r, 0.5) ? Browser.SAFARI_IOS : Browser.CHROME_ANDROID;
    Client c =
        new Client(
            world.address(world.mobile(v.home.country()), r.nextInt(1 << 20)),
            phone.userAgent(at, Draw.between(r, 0, 30)),
            newDeviceId(r));
    add(events.security(v.id, at, SecuritySetting.PASSWORD_RESET, c), label);
    Instant t = at.plusSeconds(Draw.between(r, 60, 600));
    add(events.signIn(v.id, t, true, c, true), label);
    t = t.plusSeconds(Draw.between(r, 30, 300));
    add(
        events.security(
            v.id, t, Draw.chance(r, 0.7) ? SecuritySetting.MFA : SecuritySetting.EMAIL, c),
        label);
    cashOut(v, t, c, r, label, 0.95, Draw.chance(r, 0.6));
  }

  /**
   * Malware driving the victim's own signed-in browser: the victim's address, device and user
   * agent, a burst of withdrawals to new addresses within an hour or two.
   */
  void withdrawalBurst(Account v, Instant midnight, SplittableRandom r, Label label) {
    Instant at = afterVictim(v, midnight, r, Duration.ofMinutes(5), Duration.ofHours(3));
    Client c = victimClient(v, at);
    Instant t = browse(v, at, c, 1, r, label);
    Asset asset = v.richestAsset();
    List<String> addresses = new ArrayList<>();
    for (int i = Draw.between(r, 1, 4); i > 0; i--) {
      String address = asset.newAddress(r);
      addresses.add(address);
      if (Draw.chance(r, 0.5)) {
        t = t.plusSeconds(Draw.between(r, 20, 120));
        add(events.address(v.id, t, AddressChangeKind.ADDED, asset, address, c), label);
      }
    }
    for (int i = Draw.between(r, 5, 11); i > 0; i--) {
      t = t.plusSeconds(Draw.between(r, 120, 900));
      withdraw(v, t, c, asset, Draw.between(r, 0.08, 0.2), Draw.one(r, addresses), label);
    }
  }

  /**
   * Patient theft: every one to four days, an amount like the victim's own withdrawals to one new
   * address, for two to four weeks, from the victim's device (malware) or the attacker's own.
   */
  void slowDrain(Account v, Instant midnight, SplittableRandom r, Label label) {
    boolean own = Draw.chance(r, 0.5);
    Network net = world.residential(world.randomCity(r, v.home.country()), r.nextInt(2));
    String host = world.address(net, r.nextInt(1 << 30));
    Browser browser = v.main().browser();
    String device = newDeviceId(r);
    Asset asset = v.richestAsset();
    String address = asset.newAddress(r);
    Instant t = usualHour(v, midnight, r);
    Instant end = t.plus(Duration.ofDays(Draw.between(r, 14, 29)));
    boolean first = true;
    while (t.isBefore(end)) {
      Client c = own ? new Client(host, browser.userAgent(t, 0), device) : victimClient(v, t);
      Instant s = own ? signIn(v, t, c, r, label) : browse(v, t, c, 1, r, label);
      if (first && Draw.chance(r, 0.6)) {
        s = s.plusSeconds(Draw.between(r, 30, 300));
        add(events.address(v.id, s, AddressChangeKind.ADDED, asset, address, c), label);
      }
      first = false;
      double fraction =
          Math.min(
              0.3,
              v.usdMedian
                  * Draw.between(r, 0.3, 1.2)
                  * 100
                  / Math.max(1, v.balance[asset.ordinal()]));
      withdraw(v, s.plusSeconds(Draw.between(r, 60, 600)), c, asset, fraction, address, label);
      t = t.plus(Duration.ofHours(Draw.between(r, 24, 96)));
    }
  }

  /** Credentials used from thousands of kilometres away, within hours of the victim's own visit. */
  void impossibleTravel(Account v, Instant midnight, SplittableRandom r, Label label) {
    Instant at = afterVictim(v, midnight, r, Duration.ofMinutes(20), Duration.ofHours(4));
    String country;
    do {
      country = attackerCountry(v, r);
    } while (world.cities(country).getFirst().distanceKm(v.home) < 3000);
    Client c;
    if (Draw.chance(r, 0.3)) {
      Client victim = victimClient(v, at);
      c = new Client(address(world.proxy(country), r, 0.15), victim.userAgent(), victim.deviceId());
    } else {
      c = new Client(address(world.proxy(country), r, 0.15), desktopAgent(r, at), newDeviceId(r));
    }
    Instant t = signIn(v, at, c, r, label);
    cashOut(v, t, c, r, label, 0.7, Draw.chance(r, 0.5));
  }

  /**
   * One campaign of credential stuffing: a botnet of proxies and cloud hosts tries one leaked
   * password on each of many accounts over a few hours (failures), and on twice as many addresses
   * that have no account here (which the exchange reports under a pseudonym of the address); on the
   * few accounts where the password was reused it gets in and cashes out soon after. Each of its
   * hundreds of addresses makes a few attempts an hour, as residential proxies rotate.
   */
  void credentialStuffing(
      List<Account> targets,
      List<Account> reused,
      List<Label> victimLabels,
      Instant midnight,
      SplittableRandom r,
      Label campaign) {
    var sources = new ArrayList<String>();
    for (int i = Draw.between(r, 100, 400); i > 0; i--) {
      Network net =
          Draw.chance(r, 0.75) ? world.proxy(Draw.one(r, world.countries())) : world.hosting(r);
      sources.add(address(net, r, 0.3));
    }
    Instant start = midnight.plusSeconds(r.nextInt(86_400));
    long span = Duration.ofHours(Draw.between(r, 1, 5)).toSeconds();
    String ua =
        Draw.chance(r, 0.3)
            ? "python-requests/2.32.3"
            : Browser.CHROME_WINDOWS.userAgent(start, 120);
    for (Account target : targets) {
      Instant t = start.plusSeconds(r.nextLong(span));
      add(
          events.signIn(target.id, t, false, new Client(Draw.one(r, sources), ua, null), false),
          campaign);
    }
    for (int i = 0; i < 2 * targets.size(); i++) {
      Instant t = start.plusSeconds(r.nextLong(span));
      var nobody = new SubjectId("unknown-" + Long.toHexString(r.nextLong() >>> 8));
      add(
          events.signIn(nobody, t, false, new Client(Draw.one(r, sources), ua, null), false),
          campaign);
    }
    for (int i = 0; i < reused.size(); i++) {
      Account v = reused.get(i);
      Label label = victimLabels.get(i);
      Instant t = start.plusSeconds(r.nextLong(span));
      Client c = new Client(Draw.one(r, sources), ua, Draw.chance(r, 0.4) ? newDeviceId(r) : null);
      t = signIn(v, t, c, r, label);
      cashOut(v, t.plusSeconds(Draw.between(r, 60, 3600)), c, r, label, 0.9, Draw.chance(r, 0.6));
    }
  }

  private Instant signIn(Account v, Instant at, Client c, SplittableRandom r, Label label) {
    add(events.signIn(v.id, at, true, c, v.mfa), label);
    return at.plusSeconds(Draw.between(r, 5, 60));
  }

  private Instant failures(
      Account v, Instant at, Client c, int n, SplittableRandom r, Label label) {
    Instant t = at;
    for (int i = 0; i < n; i++) {
      add(events.signIn(v.id, t, false, c, false), label);
      t = t.plusSeconds(Draw.between(r, 10, 90));
    }
    return t;
  }

  private Instant browse(Account v, Instant at, Client c, int n, SplittableRandom r, Label label) {
    Instant t = at;
    for (int i = 0; i < n; i++) {
      t = t.plusSeconds(Draw.between(r, 20, 240));
      add(events.session(v.id, t, label.incident(), c), label);
    }
    return t;
  }

  /** Takes a share of the richest balance to a fresh address, added to the book first or not. */
  private void cashOut(
      Account v,
      Instant at,
      Client c,
      SplittableRandom r,
      Label label,
      double share,
      boolean addFirst) {
    Asset asset = v.richestAsset();
    String address = asset.newAddress(r);
    Instant t = at.plusSeconds(Draw.between(r, 30, 600));
    if (addFirst) {
      add(events.address(v.id, t, AddressChangeKind.ADDED, asset, address, c), label);
      t = t.plusSeconds(Draw.between(r, 20, 300));
    }
    withdraw(v, t, c, asset, Math.min(1, share + r.nextDouble() * (1 - share)), address, label);
  }

  private void withdraw(
      Account v, Instant at, Client c, Asset asset, double fraction, String address, Label label) {
    long held = v.balance[asset.ordinal()];
    long usd = Math.max(1, Math.round(held * fraction));
    if (held <= 0) {
      return;
    }
    add(events.withdrawal(v.id, at, asset, Math.min(usd, held), address, null, held, c), label);
    v.balance[asset.ordinal()] = held - Math.min(usd, held);
  }

  private Client foreignClient(Account v, Instant at, SplittableRandom r) {
    String country = attackerCountry(v, r);
    Network net =
        switch (Draw.weighted(r, 5, 2, 3)) {
          case 0 -> world.proxy(country);
          case 1 -> world.hosting(r);
          default -> world.vpn(r.nextInt(4));
        };
    String device = Draw.chance(r, 0.85) ? newDeviceId(r) : null;
    return new Client(address(net, r, 0.2), desktopAgent(r, at), device);
  }

  private String attackerCountry(Account v, SplittableRandom r) {
    String country;
    do {
      country = ATTACKER_COUNTRIES[r.nextInt(ATTACKER_COUNTRIES.length)];
    } while (country.equals(v.home.country()));
    return country;
  }

  private String address(Network net, SplittableRandom r, double listed) {
    boolean bad = net.kind() == World.Kind.PROXY && Draw.chance(r, listed);
    return world.address(net, r.nextInt(1 << 30), bad);
  }

  private static String desktopAgent(SplittableRandom r, Instant at) {
    Browser b =
        new Browser[] {
              Browser.CHROME_WINDOWS,
              Browser.CHROME_MAC,
              Browser.FIREFOX_WINDOWS,
              Browser.EDGE_WINDOWS
            }
            [Draw.weighted(r, 6, 2, 1, 1)];
    return b.userAgent(at, Draw.between(r, 0, 60));
  }

  private static String newDeviceId(SplittableRandom r) {
    return "x-" + Long.toHexString(r.nextLong() >>> 8);
  }

  private static Client victimClient(Account v, Instant at) {
    if (v.lastClient != null) {
      return v.lastClient;
    }
    Account.Device d = v.main();
    return new Client(v.homeIp(), d.browser().userAgent(at, d.updateLagDays()), d.id());
  }

  /** Within the hours the victim signs in. */
  private static Instant usualHour(Account v, Instant midnight, SplittableRandom r) {
    double hour = (Draw.chance(r, 0.5) ? v.morningHour : v.eveningHour) + Draw.gaussian(r);
    return midnight.plusSeconds(
        (long) ((Math.max(0, Math.min(23.9, hour)) - v.home.utcOffset()) * 3600));
  }

  /** A while after the victim's last activity if that was today, else some time today. */
  private static Instant afterVictim(
      Account v, Instant midnight, SplittableRandom r, Duration min, Duration max) {
    Instant base =
        v.lastActivity != null && !v.lastActivity.isBefore(midnight)
            ? v.lastActivity
            : midnight.plusSeconds(r.nextInt(86_400));
    return base.plusSeconds(Draw.between(r, (int) min.toSeconds(), (int) max.toSeconds()));
  }

  private void add(io.rampart.risk.RiskEvent event, Label label) {
    timeline.add(event, label);
  }
}
