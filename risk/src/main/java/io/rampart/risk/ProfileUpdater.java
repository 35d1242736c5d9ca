package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.util.Arrays;

/**
 * Learns from one event: {@code update(profile, event, context)} returns the next profile. Pure:
 * time comes from the event, never a clock. Only what the owner plausibly did is learnt from:
 * failed sign-ins only count failures, and deposits (anyone can send one) only mark the account as
 * seen.
 *
 * <p>The next profile is the current one's bytes, copied once and changed in place. The changes are
 * applied twice: a first pass only measures how much the sections grow (each section is changed at
 * most once per event, so measuring against the current profile is exact), so the copy is made at
 * its final size.
 */
final class ProfileUpdater {
  /** Weight of the newest amount in the per-asset moving averages. */
  static final double AMOUNT_ALPHA = 0.2;

  private ProfileUpdater() {}

  static Profile update(Profile p, RiskEvent event, EventContext context) {
    var w = new Writer(p.bytes());
    switch (event) {
      case RiskEvent.SignInAttempt s when s.success() -> {
        w.device = FeatureKey.of(s.deviceId());
        w.features = context.featuresOf(s);
      }
      case RiskEvent.WithdrawalRequest r -> {
        w.asset = FeatureKey.of(r.asset());
        w.address = FeatureKey.of(r.destinationAddress());
      }
      case RiskEvent.AddressBookChange a -> w.address = FeatureKey.of(a.address());
      default -> {}
    }
    apply(w, p, event, context);
    w.allocate();
    apply(w, p, event, context);
    return w.build();
  }

  private static void apply(Writer w, Profile p, RiskEvent event, EventContext context) {
    int minute = Profile.minuteOf(event.occurredAt());
    w.i32(FIRST_SEEN, p.seen() ? Math.min(p.firstSeenMinute(), minute) : minute);
    switch (event) {
      case RiskEvent.SignInAttempt s when s.success() -> {
        signedIn(w, p, s, minute);
        active(w, p, minute, event, context);
      }
      case RiskEvent.SignInAttempt s -> w.add(FAILED_SIGN_INS, minute, 1);
      case RiskEvent.WithdrawalRequest r -> {
        w.add(WITHDRAWALS_HOUR, minute, r.usdCents());
        w.add(WITHDRAWALS_DAY, minute, r.usdCents());
        w.add(WITHDRAWALS_WEEK, minute, r.usdCents());
        w.amount(w.asset, r.usdCents() / 100.0);
        w.touch(USED_SET, w.address, minute);
        active(w, p, minute, event, context);
      }
      case RiskEvent.AddressBookChange a -> {
        if (a.kind() == AddressChangeKind.ADDED || a.kind() == AddressChangeKind.WHITELISTED) {
          w.touch(ADDED_SET, w.address, minute);
        }
        active(w, p, minute, event, context);
      }
      case RiskEvent.SecuritySettingChange c -> {
        w.touch(SECURITY_SET, c.setting().ordinal(), minute);
        active(w, p, minute, event, context);
      }
      case RiskEvent.SessionActivity s -> active(w, p, minute, event, context);
      case RiskEvent.ApiKeyUse k -> active(w, p, minute, event, context);
      case RiskEvent.Deposit d -> {}
    }
  }

  private static void signedIn(Writer w, Profile p, RiskEvent.SignInAttempt s, int minute) {
    FeatureSet devices = p.devices();
    if (devices.size() > 0 && !devices.contains(w.device)) {
      // A device unknown, or none named by an account whose sign-ins name one: a new device.
      w.i32(LAST_NEW_DEVICE, minute);
    }
    if (w.device != FeatureKey.ABSENT) {
      w.touch(DEVICE_SET, w.device, minute);
    }
    SignInFeatures f = w.features;
    w.touch(COUNTRY_SET, f.country(), minute);
    w.touch(ASN_SET, f.asn(), minute);
    w.touch(IP_SET, f.ip(), minute);
    w.touch(OS_SET, f.os(), minute);
    w.touch(BROWSER_SET, f.browser(), minute);
    w.touch(AGENT_SET, f.agent(), minute);
    w.hour((int) (Math.floorMod(s.occurredAt().getEpochSecond(), 86_400L) / 3600));
  }

  /**
   * The owner acted: later activity moves the last-activity time forward, and the location when the
   * IP says where a person is: not a VPN, proxy or hosting network (whose place is a data centre's)
   * and not an API key's call (a machine's).
   */
  private static void active(
      Writer w, Profile p, int minute, RiskEvent event, EventContext context) {
    w.i32(LAST_ACTIVITY, Math.max(p.lastActivityMinute(), minute));
    long second = event.occurredAt().getEpochSecond();
    IpFacts facts = context.ip();
    var at = facts.coordinates();
    boolean locatesAPerson =
        !facts.anonymiser() && !facts.hosting() && !(event instanceof RiskEvent.ApiKeyUse);
    long known = i64(p.bytes(), LOCATION_SECOND);
    if (at.isPresent() && locatesAPerson && (known == Long.MIN_VALUE || second >= known)) {
      w.location((float) at.get().latitude(), (float) at.get().longitude(), second);
    }
  }

  /** The next profile's bytes: first measured (dry), then written. */
  private static final class Writer {
    private final byte[] old;
    private boolean dry = true;
    private int room;
    private byte[] b;
    private int len;
    long device;
    long asset;
    long address;
    SignInFeatures features;

    Writer(byte[] old) {
      this.old = old;
    }

    void allocate() {
      dry = false;
      b = Arrays.copyOf(old, old.length + room);
      len = old.length;
    }

    Profile build() {
      return new Profile(len == b.length ? b : Arrays.copyOf(b, len));
    }

    /** Keeps room for the most a change may add; what it removes is trimmed at the end. */
    private void grow(int bytes) {
      room += Math.max(0, bytes);
    }

    void i32(int at, int value) {
      if (!dry) {
        ProfileLayout.i32(b, at, value);
      }
    }

    void touch(int set, long key, int minute) {
      if (dry) {
        grow(touchGrowth(old, offset(old, set), size(old, set), CAPACITY[set], key));
        return;
      }
      int n = size(b, set);
      int m = ProfileLayout.touch(b, offset(b, set), n, CAPACITY[set], len, key, minute);
      len += (m - n) * SET_ENTRY;
      b[SIZES + set] = (byte) m;
    }

    void add(int window, int minute, long value) {
      int width = BUCKET_MINUTES[window];
      int buckets = CAPACITY[window];
      if (dry) {
        grow(
            addGrowth(
                old,
                offset(old, window),
                size(old, window),
                width,
                buckets,
                head(old, window),
                minute));
        return;
      }
      int n = size(b, window);
      int headAt = HEADS + 4 * (window - FAILED_SIGN_INS);
      int m =
          ProfileLayout.add(b, offset(b, window), n, width, buckets, headAt, len, minute, value);
      len += (m - n) * WINDOW_ENTRY;
      b[SIZES + window] = (byte) m;
    }

    void amount(long key, double usd) {
      if (dry) {
        grow(amountGrowth(old, offset(old, AMOUNTS), size(old, AMOUNTS), CAPACITY[AMOUNTS], key));
        return;
      }
      int n = size(b, AMOUNTS);
      int m = addAmount(b, offset(b, AMOUNTS), n, CAPACITY[AMOUNTS], len, key, usd, AMOUNT_ALPHA);
      len += (m - n) * AMOUNT_ENTRY;
      b[SIZES + AMOUNTS] = (byte) m;
    }

    void hour(int hour) {
      if (!dry) {
        addHour(b, HOURS, hour, HourHistogram.MAX);
      }
    }

    void location(float latitude, float longitude, long second) {
      if (!dry) {
        f32(b, LATITUDE, latitude);
        f32(b, LONGITUDE, longitude);
        i64(b, LOCATION_SECOND, second);
      }
    }
  }
}
