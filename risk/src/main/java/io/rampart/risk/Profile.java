package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.time.Instant;
import java.util.Arrays;

/**
 * One account's behaviour, bounded in size: the state the rules compare each event against.
 * Immutable and serialisable ({@link ProfileCodec}); {@link RiskEngine#observe} derives the next
 * profile from an event, deterministically. Times are epoch minutes (0: never) unless named
 * otherwise; feature values are {@link FeatureKey}s; {@code securityChanges} is keyed by {@link
 * SecuritySetting#ordinal()}.
 *
 * <p>The whole state is one byte array in the layout of {@link ProfileLayout}, which is also its
 * serialised form: the accessors return views that read it in place, and the codec copies it. A
 * typical account takes under 512 bytes, and a profile can never take more than {@link #MAX_BYTES}.
 */
public final class Profile {
  public static final int DEVICES = 6;
  public static final int IPS = 8;
  public static final int ASNS = 6;
  public static final int COUNTRIES = 4;
  public static final int USER_AGENTS = 4;
  public static final int BROWSERS = 3;
  public static final int OPERATING_SYSTEMS = 3;
  public static final int USED_ADDRESSES = 8;
  public static final int ADDED_ADDRESSES = 6;
  public static final int ASSETS = 4;

  /** The bytes of a profile with every set, asset and window bucket in use. */
  public static final int MAX_BYTES;

  /** The profile of an account never seen. */
  public static final Profile EMPTY;

  static {
    int max = BODY;
    for (int s = 0; s < SECTIONS; s++) {
      max += CAPACITY[s] * entry(s);
    }
    MAX_BYTES = max;
    byte[] empty = new byte[BODY];
    empty[0] = VERSION;
    i64(empty, LOCATION_SECOND, Long.MIN_VALUE);
    EMPTY = new Profile(empty);
  }

  private final byte[] b;

  /** Wraps bytes in the layout, trusted to be valid and never to change. */
  Profile(byte[] bytes) {
    this.b = bytes;
  }

  /** The layout's bytes themselves: callers MUST NOT change them. */
  byte[] bytes() {
    return b;
  }

  public int firstSeenMinute() {
    return i32(b, FIRST_SEEN);
  }

  public int lastActivityMinute() {
    return i32(b, LAST_ACTIVITY);
  }

  public int lastNewDeviceMinute() {
    return i32(b, LAST_NEW_DEVICE);
  }

  public FeatureSet devices() {
    return set(DEVICE_SET);
  }

  public FeatureSet ips() {
    return set(IP_SET);
  }

  public FeatureSet asns() {
    return set(ASN_SET);
  }

  public FeatureSet countries() {
    return set(COUNTRY_SET);
  }

  public FeatureSet userAgents() {
    return set(AGENT_SET);
  }

  public FeatureSet browsers() {
    return set(BROWSER_SET);
  }

  public FeatureSet operatingSystems() {
    return set(OS_SET);
  }

  public FeatureSet usedAddresses() {
    return set(USED_SET);
  }

  public FeatureSet addedAddresses() {
    return set(ADDED_SET);
  }

  public FeatureSet securityChanges() {
    return set(SECURITY_SET);
  }

  public LastLocation lastLocation() {
    long second = i64(b, LOCATION_SECOND);
    return second == Long.MIN_VALUE
        ? LastLocation.NONE
        : new LastLocation(f32(b, LATITUDE), f32(b, LONGITUDE), second);
  }

  public HourHistogram hours() {
    return new HourHistogram(b, HOURS);
  }

  public WindowCounter failedSignIns() {
    return window(FAILED_SIGN_INS);
  }

  public WindowCounter withdrawalsHour() {
    return window(WITHDRAWALS_HOUR);
  }

  public WindowCounter withdrawalsDay() {
    return window(WITHDRAWALS_DAY);
  }

  public WindowCounter withdrawalsWeek() {
    return window(WITHDRAWALS_WEEK);
  }

  public AmountStats amounts() {
    return new AmountStats(b, offset(b, AMOUNTS), size(b, AMOUNTS), CAPACITY[AMOUNTS]);
  }

  /** Whether any event about the account was seen. */
  public boolean seen() {
    return firstSeenMinute() != 0;
  }

  /** The feature set counting a sign-in feature's values. */
  public FeatureSet features(Feature feature) {
    return switch (feature) {
      case COUNTRY -> countries();
      case ASN -> asns();
      case IP -> ips();
      case OS -> operatingSystems();
      case BROWSER -> browsers();
      case USER_AGENT -> userAgents();
    };
  }

  /** The epoch minute of an instant, the time unit of profiles. */
  public static int minuteOf(Instant instant) {
    return Math.toIntExact(Math.floorDiv(instant.getEpochSecond(), 60));
  }

  /** The number of bytes the profile takes. */
  public int byteSize() {
    return b.length;
  }

  private FeatureSet set(int section) {
    return new FeatureSet(b, offset(b, section), size(b, section), CAPACITY[section]);
  }

  private WindowCounter window(int section) {
    return new WindowCounter(
        b,
        offset(b, section),
        size(b, section),
        BUCKET_MINUTES[section],
        CAPACITY[section],
        head(b, section));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile p && Arrays.equals(b, p.b);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(b);
  }

  @Override
  public String toString() {
    return "Profile[" + b.length + " bytes, first seen " + firstSeenMinute() + "]";
  }
}
