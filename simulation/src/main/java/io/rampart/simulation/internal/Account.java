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
 * One account and its owner's habits: where they live and on which networks, their devices and
 * browsers (updated on each release, phones replaced now and then), when they sign in, how they
 * withdraw (amounts, known addresses, now and then a new one, a whitelist for some), trips abroad,
 * VPN use, API bots. {@link #live} makes one day of the owner's events; attacks read and change the
 * same state (balances, last client), as a real attacker's actions change the real account.
 */
public final class Account {
  /** A device the owner uses; its id is the hashed device cookie the exchange sends. */
  record Device(String id, Browser browser, int updateLagDays) {}

  /** An address the owner withdraws to, whitelisted since an instant (or null). */
  record Destination(Asset asset, String address, Instant whitelistedSince) {}

  /** A trip: the owner is at {@code city} between arriving and leaving; in the air around it. */
  record Trip(
      City city,
      Network hotel,
      int hotelHost,
      Instant departs,
      Instant arrives,
      Instant leaves,
      Instant returns) {}

  final SubjectId id;
  final SplittableRandom rnd;
  final World world;
  final City home;
  final int isp;
  final Network mobileNet;
  final List<Device> devices = new ArrayList<>();
  final double sessionsPerDay;
  final double phoneShare;
  final double mobileDataShare;
  final double morningHour;
  final double eveningHour;
  final boolean mfa;
  final int vpn;
  final double vpnShare;
  final double withdrawalsPerDay;
  final double usdMedian;
  final boolean whitelist;
  final List<Asset> assets = new ArrayList<>();
  final long[] balance = new long[Asset.values().length];
  final List<Destination> destinations = new ArrayList<>();
  final double tripsPerDay;
  final String apiKey;
  final String apiIp;

  int homeHost;
  int homeRenewalDay;
  Destination pending;
  Instant pendingFrom;
  Trip trip;
  boolean reenrolMfa;
  Client lastClient;
  Instant lastActivity;
  private int sessions;
  private int deviceCount;

  Account(int index, long seed, World world, Instant start) {
    this.id = new SubjectId(String.format("acct-%06d", index));
    this.rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    this.world = world;
    String country = world.randomCountry(rnd);
    this.home = world.randomCity(rnd, country);
    this.isp = rnd.nextInt(2);
    this.mobileNet = world.mobile(country);
    this.homeHost = rnd.nextInt(1 << 30);
    this.homeRenewalDay = Draw.between(rnd, 10, 150);
    boolean desktop = Draw.chance(rnd, 0.8);
    boolean phone = !desktop || Draw.chance(rnd, 0.65);
    if (desktop) {
      devices.add(newDevice(desktopBrowser()));
      if (Draw.chance(rnd, 0.15)) {
        devices.add(newDevice(desktopBrowser()));
      }
    }
    if (phone) {
      devices.add(newDevice(Draw.chance(rnd, 0.5) ? Browser.SAFARI_IOS : Browser.CHROME_ANDROID));
    }
    this.sessionsPerDay = Math.min(6, Draw.logNormal(rnd, 0.5, 0.9));
    this.phoneShare = phone ? (desktop ? Draw.between(rnd, 0.2, 0.8) : 1) : 0;
    this.mobileDataShare = Draw.between(rnd, 0.2, 0.8);
    this.morningHour = Draw.between(rnd, 6.5, 11);
    this.eveningHour = Draw.between(rnd, 17, 23);
    this.mfa = Draw.chance(rnd, 0.6);
    this.vpn = Draw.chance(rnd, 0.04) ? rnd.nextInt(4) : -1;
    this.vpnShare = Draw.between(rnd, 0.5, 0.95);
    this.withdrawalsPerDay = Draw.chance(rnd, 0.6) ? Draw.logNormal(rnd, 0.08, 0.9) : 0;
    this.usdMedian = Draw.logNormal(rnd, 400, 1.1);
    this.whitelist = Draw.chance(rnd, 0.25);
    int held = Draw.chance(rnd, 0.6) ? 1 : 2;
    for (int i = 0; i < held; i++) {
      Asset a = Asset.values()[Draw.weighted(rnd, 4, 3, 5, 1)];
      if (!assets.contains(a)) {
        assets.add(a);
      }
    }
    for (Asset a : assets) {
      balance[a.ordinal()] = Math.round(Draw.logNormal(rnd, usdMedian * 6, 1) * 100);
      int known = withdrawalsPerDay > 0 ? Draw.between(rnd, 1, 3) : 0;
      for (int i = 0; i < known; i++) {
        Instant since = whitelist ? start.minus(Duration.ofDays(Draw.between(rnd, 30, 400))) : null;
        destinations.add(new Destination(a, a.newAddress(rnd), since));
      }
    }
    this.tripsPerDay = Draw.chance(rnd, 0.3) ? Draw.between(rnd, 1 / 120.0, 1 / 30.0) : 0;
    boolean bot = Draw.chance(rnd, 0.04);
    this.apiKey = bot ? "key-" + index : null;
    this.apiIp = bot ? world.address(world.hosting(rnd), rnd.nextInt(1 << 20)) : null;
  }

  private Browser desktopBrowser() {
    Browser[] desktop = {
      Browser.CHROME_WINDOWS,
      Browser.CHROME_MAC,
      Browser.EDGE_WINDOWS,
      Browser.FIREFOX_WINDOWS,
      Browser.FIREFOX_LINUX,
      Browser.SAFARI_MAC
    };
    return desktop[Draw.weighted(rnd, 45, 15, 15, 10, 4, 11)];
  }

  private Device newDevice(Browser browser) {
    return new Device(
        id.value() + "-d" + deviceCount++ + "-" + Long.toHexString(rnd.nextLong() >>> 16),
        browser,
        Draw.between(rnd, 0, 21));
  }

  /** The owner's day {@code day} (from the simulation's start, at {@code midnight} UTC). */
  void live(int day, Instant midnight, Events events, Timeline timeline) {
    if (day >= homeRenewalDay) {
      homeHost = rnd.nextInt(1 << 30);
      homeRenewalDay = day + Draw.between(rnd, 20, 150);
    }
    Device phone = phone();
    if (phone != null && Draw.chance(rnd, 1 / 900.0)) {
      devices.remove(phone);
      boolean switches = Draw.chance(rnd, 0.15);
      Browser browser =
          switches == (phone.browser() == Browser.SAFARI_IOS)
              ? Browser.CHROME_ANDROID
              : Browser.SAFARI_IOS;
      devices.add(newDevice(browser));
      reenrolMfa = mfa;
    }
    if (trip != null && !midnight.isBefore(trip.returns())) {
      trip = null;
    }
    if (trip == null && Draw.chance(rnd, tripsPerDay)) {
      trip = planTrip(midnight);
    }
    int count = Math.min(8, Draw.poisson(rnd, sessionsPerDay));
    var times = new ArrayList<Instant>();
    for (int i = 0; i < count; i++) {
      double hour =
          Draw.chance(rnd, 0.4)
              ? morningHour + 1.5 * Draw.gaussian(rnd)
              : eveningHour + 2 * Draw.gaussian(rnd);
      hour = Math.max(0, Math.min(23.9, hour)) - home.utcOffset();
      times.add(midnight.plusSeconds((long) (hour * 3600)));
    }
    times.sort(null);
    Instant busyUntil = Instant.MIN;
    for (Instant at : times) {
      if (at.isAfter(busyUntil) && !inTheAir(at)) {
        busyUntil = session(at, events, timeline);
      }
    }
    if (withdrawalsPerDay > 0 && Draw.chance(rnd, withdrawalsPerDay * 0.9)) {
      Asset a = Draw.one(rnd, assets);
      long usd = Math.round(Draw.logNormal(rnd, usdMedian * 2.5, 0.8) * 100);
      Instant at = midnight.plusSeconds(rnd.nextInt(86_400));
      balance[a.ordinal()] += usd;
      timeline.add(events.deposit(id, at, a, usd), Label.LEGITIMATE);
    }
    if (apiKey != null) {
      int calls = Draw.poisson(rnd, 4);
      for (int i = 0; i < calls; i++) {
        Instant at = midnight.plusSeconds(rnd.nextInt(86_400));
        timeline.add(events.apiKey(id, at, apiKey, "trade", apiIp), Label.LEGITIMATE);
      }
    }
  }

  /** One sign-in and what follows it; returns when the session ends. */
  private Instant session(Instant at, Events events, Timeline timeline) {
    Device device = pickDevice(at);
    Client client = client(device, at);
    String session = id.value() + "-s" + sessions++;
    Instant t = at;
    if (Draw.chance(rnd, 1 / 300.0)) {
      timeline.add(
          events.security(id, t, SecuritySetting.PASSWORD_RESET, client), Label.LEGITIMATE);
      t = t.plusSeconds(Draw.between(rnd, 60, 600));
    } else if (Draw.chance(rnd, 0.04)) {
      int typos = Draw.chance(rnd, 0.1) ? Draw.between(rnd, 2, 5) : 1;
      for (int i = 0; i < typos; i++) {
        timeline.add(events.signIn(id, t, false, client, mfa), Label.LEGITIMATE);
        t = t.plusSeconds(Draw.between(rnd, 8, 40));
      }
    }
    timeline.add(events.signIn(id, t, true, client, mfa), Label.LEGITIMATE);
    if (reenrolMfa && device == phone()) {
      t = t.plusSeconds(Draw.between(rnd, 30, 300));
      timeline.add(events.security(id, t, SecuritySetting.MFA, client), Label.LEGITIMATE);
      reenrolMfa = false;
    }
    int activity = Draw.poisson(rnd, 1.5);
    for (int i = 0; i < activity; i++) {
      t = t.plusSeconds(Draw.between(rnd, 30, 600));
      if (device.browser().mobile() && Draw.chance(rnd, 0.15) && client.ip() != null) {
        client =
            new Client(
                world.address(mobileNet, rnd.nextInt(1 << 20)),
                client.userAgent(),
                client.deviceId());
      }
      timeline.add(events.session(id, t, session, client), Label.LEGITIMATE);
    }
    if (Draw.chance(rnd, 1 / 250.0)) {
      SecuritySetting setting =
          new SecuritySetting[] {
                SecuritySetting.PASSWORD,
                SecuritySetting.ANTI_PHISHING_CODE,
                SecuritySetting.EMAIL,
                SecuritySetting.PHONE
              }
              [Draw.weighted(rnd, 5, 3, 1, 1)];
      t = t.plusSeconds(Draw.between(rnd, 20, 120));
      timeline.add(events.security(id, t, setting, client), Label.LEGITIMATE);
    }
    if (withdrawalsPerDay > 0
        && Draw.chance(rnd, Math.min(1, withdrawalsPerDay / sessionsPerDay))) {
      t = withdraw(t.plusSeconds(Draw.between(rnd, 30, 900)), client, events, timeline);
    }
    lastClient = client;
    lastActivity = t;
    return t;
  }

  private Instant withdraw(Instant at, Client client, Events events, Timeline timeline) {
    Asset asset = Draw.one(rnd, assets);
    long held = balance[asset.ordinal()];
    if (held < 1_000) {
      return at;
    }
    Destination to;
    if (pending != null && pending.asset() == asset && !at.isBefore(pendingFrom)) {
      to = pending;
      destinations.add(pending);
      pending = null;
    } else if (Draw.chance(rnd, 0.07)) {
      String address = asset.newAddress(rnd);
      if (whitelist) {
        // Whitelisting has a cool-down: the first withdrawal to it comes a day or more later.
        pending = new Destination(asset, address, at);
        pendingFrom = at.plus(Duration.ofHours(Draw.between(rnd, 24, 96)));
        timeline.add(
            events.address(id, at, AddressChangeKind.ADDED, asset, address, client),
            Label.LEGITIMATE);
        timeline.add(
            events.address(
                id, at.plusSeconds(30), AddressChangeKind.WHITELISTED, asset, address, client),
            Label.LEGITIMATE);
        return at.plusSeconds(30);
      }
      to = new Destination(asset, address, null);
      if (Draw.chance(rnd, 0.5)) {
        timeline.add(
            events.address(id, at, AddressChangeKind.ADDED, asset, address, client),
            Label.LEGITIMATE);
        at = at.plusSeconds(Draw.between(rnd, 20, 300));
      }
      destinations.add(to);
    } else {
      to = knownDestination(asset);
    }
    long usd =
        Draw.chance(rnd, 0.03)
            ? held
            : Math.min(
                held, Math.max(1_000, Math.round(Draw.logNormal(rnd, usdMedian, 0.7) * 100)));
    timeline.add(
        events.withdrawal(id, at, asset, usd, to.address(), to.whitelistedSince(), held, client),
        Label.LEGITIMATE);
    balance[asset.ordinal()] = held - usd;
    return at;
  }

  private Destination knownDestination(Asset asset) {
    var mine = destinations.stream().filter(d -> d.asset() == asset).toList();
    if (mine.isEmpty()) {
      var d = new Destination(asset, asset.newAddress(rnd), null);
      destinations.add(d);
      return d;
    }
    // The first address (the owner's own wallet) takes most withdrawals.
    return Draw.chance(rnd, 0.7) ? mine.getFirst() : Draw.one(rnd, mine);
  }

  private Device pickDevice(Instant at) {
    Device phone = phone();
    if (phone != null
        && (Draw.chance(rnd, phoneShare) || (trip != null && Draw.chance(rnd, 0.5)))) {
      return phone;
    }
    for (Device d : devices) {
      if (!d.browser().mobile()) {
        return devices.size() > 2 && Draw.chance(rnd, 0.3) ? devices.get(1) : d;
      }
    }
    return devices.getFirst();
  }

  Device phone() {
    for (Device d : devices) {
      if (d.browser().mobile()) {
        return d;
      }
    }
    return null;
  }

  /** The main device: the desktop if there is one. */
  Device main() {
    return devices.getFirst();
  }

  private Client client(Device device, Instant at) {
    String ua = device.browser().userAgent(at, device.updateLagDays());
    String ip;
    if (vpn >= 0 && Draw.chance(rnd, vpnShare)) {
      ip = world.address(world.vpn(vpn), rnd.nextInt(1 << 20));
    } else if (trip != null && away(at)) {
      boolean roaming = device.browser().mobile() && Draw.chance(rnd, 0.4);
      ip =
          roaming
              ? world.address(mobileNet, rnd.nextInt(1 << 20))
              : world.address(trip.hotel(), trip.hotelHost());
    } else if (device.browser().mobile() && Draw.chance(rnd, mobileDataShare)) {
      ip = world.address(mobileNet, rnd.nextInt(1 << 20));
    } else {
      ip = homeIp();
    }
    return new Client(ip, ua, device.id());
  }

  String homeIp() {
    return world.address(world.residential(home, isp), homeHost);
  }

  private Trip planTrip(Instant midnight) {
    City to;
    List<City> domestic = world.cities(home.country());
    if (domestic.size() > 1 && Draw.chance(rnd, 0.35)) {
      do {
        to = Draw.one(rnd, domestic);
      } while (to.equals(home));
    } else {
      String country;
      do {
        country = world.randomCountry(rnd);
      } while (country.equals(home.country()));
      to = world.randomCity(rnd, country);
    }
    Duration flight = Duration.ofMinutes((long) (home.distanceKm(to) / 750 * 60) + 90);
    Instant departs =
        midnight.plusSeconds((long) ((Draw.between(rnd, 7.0, 20.0) - home.utcOffset()) * 3600));
    Instant arrives = departs.plus(flight);
    Instant leaves = arrives.plus(Duration.ofHours(Draw.between(rnd, 40, 300)));
    Instant returns = leaves.plus(flight);
    return new Trip(
        to,
        world.residential(to, rnd.nextInt(2)),
        rnd.nextInt(1 << 30),
        departs,
        arrives,
        leaves,
        returns);
  }

  private boolean inTheAir(Instant at) {
    return trip != null
        && ((!at.isBefore(trip.departs()) && at.isBefore(trip.arrives()))
            || (!at.isBefore(trip.leaves()) && at.isBefore(trip.returns())));
  }

  private boolean away(Instant at) {
    return !at.isBefore(trip.arrives()) && at.isBefore(trip.leaves());
  }

  /** The balance of the asset the account holds most of, in US cents. */
  long richestBalance() {
    return balance[richestAsset().ordinal()];
  }

  Asset richestAsset() {
    Asset best = assets.getFirst();
    for (Asset a : assets) {
      if (balance[a.ordinal()] > balance[best.ordinal()]) {
        best = a;
      }
    }
    return best;
  }
}
