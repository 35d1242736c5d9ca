package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

/**
 * Learns from one event: {@code update(bytes, event, context)} changes a profile's bytes in place.
 * Pure: time comes from the event, never a clock, and nothing else is read or written. Only what
 * the owner plausibly did is learnt from: failed sign-ins only count failures, and deposits (anyone
 * can send one) only mark the account as seen. Every part has a fixed place and capacity ({@link
 * ProfileLayout}), so nothing is allocated or moved beyond the entries of a set.
 */
final class ProfileUpdater {
  /** Weight of the newest amount in the per-asset moving averages. */
  static final double AMOUNT_ALPHA = 0.2;

  private ProfileUpdater() {}

  static void update(byte[] b, RiskEvent event, EventContext context) {
    int minute = Profile.minuteOf(event.occurredAt());
    int first = i32(b, FIRST_SEEN);
    i32(b, FIRST_SEEN, first != 0 ? Math.min(first, minute) : minute);
    switch (event) {
      case RiskEvent.SignInAttempt s when s.success() -> {
        signedIn(b, s, context, minute);
        active(b, minute, event, context);
      }
      case RiskEvent.SignInAttempt s -> {
        int head = i32(b, LAST_FAILURE);
        add(b, FAILED_SIGN_INS, head, minute, 1);
        i32(b, LAST_FAILURE, Math.max(head, minute));
      }
      case RiskEvent.WithdrawalRequest r -> {
        int head = i32(b, LAST_WITHDRAWAL);
        add(b, WITHDRAWALS_HOUR, head, minute, r.usdCents());
        add(b, WITHDRAWALS_DAY, head, minute, r.usdCents());
        add(b, WITHDRAWALS_WEEK, head, minute, r.usdCents());
        i32(b, LAST_WITHDRAWAL, Math.max(head, minute));
        addAmount(
            b,
            AMOUNT_SIZE,
            AMOUNTS,
            ASSETS,
            FeatureKey.of(r.asset()),
            r.usdCents() / 100.0,
            AMOUNT_ALPHA);
        touch(b, USED_SET, FeatureKey.of(r.destinationAddress()), minute);
        active(b, minute, event, context);
      }
      case RiskEvent.AddressBookChange a -> {
        if (a.kind() == AddressChangeKind.ADDED || a.kind() == AddressChangeKind.WHITELISTED) {
          touch(b, ADDED_SET, FeatureKey.of(a.address()), minute);
        }
        active(b, minute, event, context);
      }
      case RiskEvent.SecuritySettingChange c -> {
        touch(b, SECURITY_SET, c.setting().ordinal(), minute);
        active(b, minute, event, context);
      }
      case RiskEvent.SessionActivity s -> active(b, minute, event, context);
      case RiskEvent.ApiKeyUse k -> active(b, minute, event, context);
      case RiskEvent.Deposit d -> {}
    }
  }

  private static void signedIn(
      byte[] b, RiskEvent.SignInAttempt s, EventContext context, int minute) {
    long device = FeatureKey.of(s.deviceId());
    int known = size(b, DEVICE_SET);
    if (known > 0
        && indexOf(
                b,
                SET_AT[DEVICE_SET],
                known,
                ENTRY[DEVICE_SET],
                KEY_BYTES[DEVICE_SET],
                truncate(KEY_BYTES[DEVICE_SET], device))
            < 0) {
      // A device unknown, or none named by an account whose sign-ins name one: a new device.
      i32(b, LAST_NEW_DEVICE, minute);
    }
    if (device != FeatureKey.ABSENT) {
      touch(b, DEVICE_SET, device, minute);
    }
    SignInFeatures f = context.featuresOf(s);
    touch(b, COUNTRY_SET, f.country(), minute);
    touch(b, ASN_SET, f.asn(), minute);
    touch(b, IP_SET, f.ip(), minute);
    touch(b, OS_SET, f.os(), minute);
    touch(b, BROWSER_SET, f.browser(), minute);
    touch(b, AGENT_SET, f.agent(), minute);
    addHour(
        b,
        HOURS,
        (int) (Math.floorMod(s.occurredAt().getEpochSecond(), 86_400L) / 3600),
        HourHistogram.MAX);
  }

  /**
   * The owner acted: later activity moves the last-activity time forward, and the location when the
   * IP says where a person is: not a VPN, proxy or hosting network (whose place is a data centre's)
   * and not an API key's call (a machine's).
   */
  private static void active(byte[] b, int minute, RiskEvent event, EventContext context) {
    i32(b, LAST_ACTIVITY, Math.max(i32(b, LAST_ACTIVITY), minute));
    long second = event.occurredAt().getEpochSecond();
    IpFacts facts = context.ip();
    var at = facts.coordinates();
    boolean locatesAPerson =
        !facts.anonymiser() && !facts.hosting() && !(event instanceof RiskEvent.ApiKeyUse);
    long known = i64(b, LOCATION_SECOND);
    if (at.isPresent() && locatesAPerson && (known == Long.MIN_VALUE || second >= known)) {
      f32(b, LATITUDE, (float) at.get().latitude());
      f32(b, LONGITUDE, (float) at.get().longitude());
      i64(b, LOCATION_SECOND, second);
    }
  }
}
