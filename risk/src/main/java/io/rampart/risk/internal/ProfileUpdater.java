package io.rampart.risk.internal;

import io.rampart.risk.AddressChangeKind;
import io.rampart.risk.AmountStats;
import io.rampart.risk.EventContext;
import io.rampart.risk.FeatureKey;
import io.rampart.risk.FeatureSet;
import io.rampart.risk.HourHistogram;
import io.rampart.risk.LastLocation;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.WindowCounter;
import java.time.ZoneOffset;

/**
 * Learns from one event: {@code update(profile, event, context)} returns the next profile. Pure:
 * time comes from the event, never a clock. Only what the owner plausibly did is learnt from:
 * failed sign-ins only count failures, and deposits (anyone can send one) only mark the account as
 * seen.
 */
public final class ProfileUpdater {
  /** Weight of the newest amount in the per-asset moving averages. */
  public static final double AMOUNT_ALPHA = 0.2;

  private ProfileUpdater() {}

  public static Profile update(Profile p, RiskEvent event, EventContext context) {
    int minute = Profile.minuteOf(event.occurredAt());
    var b = new Builder(p);
    b.firstSeen = p.firstSeenMinute() == 0 ? minute : Math.min(p.firstSeenMinute(), minute);
    switch (event) {
      case RiskEvent.SignInAttempt s when s.success() -> {
        signedIn(b, p, s, context, minute);
        b.active(minute, event, context);
      }
      case RiskEvent.SignInAttempt s -> b.failed = p.failedSignIns().add(minute, 1);
      case RiskEvent.WithdrawalRequest w -> {
        b.hour = p.withdrawalsHour().add(minute, w.usdCents());
        b.day = p.withdrawalsDay().add(minute, w.usdCents());
        b.week = p.withdrawalsWeek().add(minute, w.usdCents());
        b.amounts = p.amounts().add(FeatureKey.of(w.asset()), w.usdCents() / 100.0, AMOUNT_ALPHA);
        b.used = p.usedAddresses().touch(FeatureKey.of(w.destinationAddress()), minute);
        b.active(minute, event, context);
      }
      case RiskEvent.AddressBookChange a -> {
        if (a.kind() == AddressChangeKind.ADDED || a.kind() == AddressChangeKind.WHITELISTED) {
          b.added = p.addedAddresses().touch(FeatureKey.of(a.address()), minute);
        }
        b.active(minute, event, context);
      }
      case RiskEvent.SecuritySettingChange c -> {
        b.security = p.securityChanges().touch(c.setting().ordinal(), minute);
        b.active(minute, event, context);
      }
      case RiskEvent.SessionActivity s -> b.active(minute, event, context);
      case RiskEvent.ApiKeyUse k -> b.active(minute, event, context);
      case RiskEvent.Deposit d -> {}
    }
    return b.build();
  }

  private static void signedIn(
      Builder b, Profile p, RiskEvent.SignInAttempt s, EventContext context, int minute) {
    long device = FeatureKey.of(s.deviceId());
    if (p.devices().size() > 0 && !p.devices().contains(device)) {
      // A device unknown, or none named by an account whose sign-ins name one: a new device.
      b.newDevice = minute;
    }
    if (device != FeatureKey.ABSENT) {
      b.devices = p.devices().touch(device, minute);
    }
    var f = context.featuresOf(s);
    b.countries = p.countries().touch(f.country(), minute);
    b.asns = p.asns().touch(f.asn(), minute);
    b.ips = p.ips().touch(f.ip(), minute);
    b.systems = p.operatingSystems().touch(f.os(), minute);
    b.browsers = p.browsers().touch(f.browser(), minute);
    b.agents = p.userAgents().touch(f.agent(), minute);
    b.hours = p.hours().add(s.occurredAt().atOffset(ZoneOffset.UTC).getHour());
  }

  /** The next profile's parts, starting as the current one's. */
  private static final class Builder {
    int firstSeen;
    int lastActivity;
    int newDevice;
    FeatureSet devices;
    FeatureSet ips;
    FeatureSet asns;
    FeatureSet countries;
    FeatureSet agents;
    FeatureSet browsers;
    FeatureSet systems;
    FeatureSet used;
    FeatureSet added;
    FeatureSet security;
    LastLocation location;
    HourHistogram hours;
    WindowCounter failed;
    WindowCounter hour;
    WindowCounter day;
    WindowCounter week;
    AmountStats amounts;

    Builder(Profile p) {
      firstSeen = p.firstSeenMinute();
      lastActivity = p.lastActivityMinute();
      newDevice = p.lastNewDeviceMinute();
      devices = p.devices();
      ips = p.ips();
      asns = p.asns();
      countries = p.countries();
      agents = p.userAgents();
      browsers = p.browsers();
      systems = p.operatingSystems();
      used = p.usedAddresses();
      added = p.addedAddresses();
      security = p.securityChanges();
      location = p.lastLocation();
      hours = p.hours();
      failed = p.failedSignIns();
      hour = p.withdrawalsHour();
      day = p.withdrawalsDay();
      week = p.withdrawalsWeek();
      amounts = p.amounts();
    }

    /**
     * The owner acted: later activity moves the last-activity time forward, and the location when
     * the IP says where a person is: not a VPN, proxy or hosting network (whose place is a data
     * centre's) and not an API key's call (a machine's).
     */
    void active(int minute, RiskEvent event, EventContext context) {
      lastActivity = Math.max(lastActivity, minute);
      long second = event.occurredAt().getEpochSecond();
      var facts = context.ip();
      var at = facts.coordinates();
      boolean locatesAPerson =
          !facts.anonymiser() && !facts.hosting() && !(event instanceof RiskEvent.ApiKeyUse);
      if (at.isPresent()
          && locatesAPerson
          && (!location.known() || second >= location.epochSecond())) {
        location =
            new LastLocation((float) at.get().latitude(), (float) at.get().longitude(), second);
      }
    }

    Profile build() {
      return new Profile(
          firstSeen,
          lastActivity,
          newDevice,
          devices,
          ips,
          asns,
          countries,
          agents,
          browsers,
          systems,
          used,
          added,
          security,
          location,
          hours,
          failed,
          hour,
          day,
          week,
          amounts);
    }
  }
}
