package io.rampart.risk.internal.rules;

import io.rampart.risk.ActionType;
import io.rampart.risk.EventContext;
import io.rampart.risk.Feature;
import io.rampart.risk.FeatureKey;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SignInFeatures;
import io.rampart.risk.internal.EventFields;
import java.time.ZoneOffset;
import java.util.List;

/** The computation behind {@link io.rampart.risk.ModelFeatures}; documented there. */
public final class FeatureVector {
  public static final List<String> NAMES =
      List.of(
          "action.signIn",
          "action.session",
          "action.withdrawal",
          "action.addressChange",
          "action.securityChange",
          "signIn.failed",
          "signIn.mfa",
          "account.ageDays",
          "account.idleDays",
          "device.new",
          "device.uses",
          "ip.uses",
          "asn.uses",
          "country.uses",
          "signIn.unfamiliarity",
          "network.novelty",
          "travel.speed",
          "ip.anonymiser",
          "ip.hosting",
          "ip.knownBad",
          "signIn.recentFailures",
          "recent.newDevice",
          "recent.securityChange",
          "withdrawal.usd",
          "withdrawal.amountZ",
          "withdrawal.balanceShare",
          "withdrawal.newDestination",
          "withdrawal.addedHoursAgo",
          "withdrawal.whitelisted",
          "withdrawals.lastHour",
          "withdrawals.dayUsd",
          "hour.share");

  private static final Feature[][] SIGN_IN = {
    {Feature.COUNTRY, Feature.ASN, Feature.IP}, {Feature.OS, Feature.BROWSER, Feature.USER_AGENT}
  };
  private static final Feature[][] NETWORK = {{Feature.COUNTRY, Feature.ASN}};
  private static final SecuritySetting[] WATCHED = {
    SecuritySetting.PASSWORD_RESET,
    SecuritySetting.MFA,
    SecuritySetting.EMAIL,
    SecuritySetting.PHONE
  };
  private static final int WINDOW_MINUTES = 48 * 60;

  private FeatureVector() {}

  public static float[] of(Profile p, RiskEvent event, EventContext context) {
    float[] f = new float[NAMES.size()];
    int now = Profile.minuteOf(event.occurredAt());
    ActionType action = event.actionType();
    f[0] = flag(action == ActionType.SIGN_IN);
    f[1] = flag(action == ActionType.SESSION);
    f[2] = flag(action == ActionType.WITHDRAWAL);
    f[3] = flag(action == ActionType.ADDRESS_CHANGE);
    f[4] = flag(action == ActionType.SECURITY_CHANGE);
    if (event instanceof RiskEvent.SignInAttempt s) {
      f[5] = flag(!s.success());
      f[6] = flag(s.mfaUsed());
    }
    f[7] = p.seen() ? log1p(Math.max(0, now - p.firstSeenMinute()) / 1440.0) : 0;
    f[8] =
        p.lastActivityMinute() > 0 ? log1p(Math.max(0, now - p.lastActivityMinute()) / 1440.0) : 0;
    long device = FeatureKey.of(EventFields.deviceId(event));
    f[9] = flag(p.devices().size() > 0 && !p.devices().contains(device));
    f[10] = log1p(p.devices().countOf(device));
    String ip = EventFields.ip(event);
    if (ip != null) {
      var keys =
          event instanceof RiskEvent.SignInAttempt s
              ? context.featuresOf(s)
              : SignInFeatures.of(ip, null, context.ip());
      f[11] = log1p(p.ips().countOf(keys.ip()));
      f[12] = log1p(p.asns().countOf(keys.asn()));
      f[13] = log1p(p.countries().countOf(keys.country()));
      if (event instanceof RiskEvent.SignInAttempt) {
        f[14] = clip(LikelihoodRatio.score(p, keys, context.global(), 1, 10, SIGN_IN), -10, 20);
      }
      if (p.countries().totalCount() > 0) {
        f[15] = clip(LikelihoodRatio.score(p, keys, context.global(), 1, 10, true, NETWORK), 0, 20);
      }
      f[16] = travelSpeed(p, event, context);
    }
    f[17] = flag(context.ip().anonymiser());
    f[18] = flag(context.ip().hosting());
    f[19] = flag(context.ip().knownBad());
    f[20] = log1p(p.failedSignIns().count(now));
    f[21] = recency(now, p.lastNewDeviceMinute());
    int change = 0;
    for (SecuritySetting s : WATCHED) {
      int i = p.securityChanges().indexOf(s.ordinal());
      if (i >= 0) {
        change = Math.max(change, p.securityChanges().lastSeenMinute(i));
      }
    }
    f[22] = recency(now, change);
    if (event instanceof RiskEvent.WithdrawalRequest w) {
      withdrawal(f, p, w, now);
    }
    var hours = p.hours();
    if (hours.total() > 0) {
      f[31] =
          (float) hours.count(event.occurredAt().atOffset(ZoneOffset.UTC).getHour())
              / hours.total();
    }
    return f;
  }

  private static void withdrawal(float[] f, Profile p, RiskEvent.WithdrawalRequest w, int now) {
    double usd = w.usdCents() / 100.0;
    f[23] = log1p(usd);
    var stats = p.amounts();
    int i = stats.indexOf(FeatureKey.of(w.asset()));
    if (i >= 0) {
      double mean = stats.mean(i);
      double deviation = Math.max(Math.sqrt(stats.variance(i)), Math.max(1, 0.25 * mean));
      f[24] = clip((usd - mean) / deviation, 0, 20);
    }
    if (w.balanceUsdCents() != null && w.balanceUsdCents() > 0) {
      f[25] = (float) Math.min(1, (double) w.usdCents() / w.balanceUsdCents());
    }
    long address = FeatureKey.of(w.destinationAddress());
    f[26] = flag(!p.usedAddresses().contains(address));
    int added = 0;
    int a = p.addedAddresses().indexOf(address);
    if (a >= 0) {
      added = p.addedAddresses().lastSeenMinute(a);
    }
    if (w.whitelistedSince() != null) {
      added = Math.max(added, Profile.minuteOf(w.whitelistedSince()));
    }
    f[27] = recency(now, added);
    f[28] = flag(w.whitelisted());
    f[29] = log1p(p.withdrawalsHour().count(now));
    f[30] = log1p(p.withdrawalsDay().sum(now) / 100.0);
  }

  private static float travelSpeed(Profile p, RiskEvent event, EventContext context) {
    var here = context.ip().coordinates();
    var last = p.lastLocation();
    if (here.isEmpty() || !last.known() || context.ip().anonymiser() || context.ip().hosting()) {
      return 0;
    }
    long elapsed = event.occurredAt().getEpochSecond() - last.epochSecond();
    if (elapsed < 0) {
      return 0;
    }
    double km = last.coordinates().distanceKm(here.get());
    return log1p(km / (Math.max(60, elapsed) / 3600.0));
  }

  /** 1 just after {@code minute}, falling to 0 over 48 hours; 0 for never (0) or the future. */
  private static float recency(int now, int minute) {
    if (minute <= 0 || minute > now || now - minute >= WINDOW_MINUTES) {
      return 0;
    }
    return 1 - (float) (now - minute) / WINDOW_MINUTES;
  }

  private static float flag(boolean b) {
    return b ? 1 : 0;
  }

  private static float log1p(double x) {
    return (float) Math.log1p(Math.max(0, x));
  }

  private static float clip(double x, double min, double max) {
    return (float) Math.max(min, Math.min(max, x));
  }
}
