package io.rampart.risk;

import static io.rampart.risk.ProfileLayout.*;

import java.time.Instant;
import java.util.Arrays;

/**
 * One account's behaviour, in a fixed size: the state the rules compare each event against. Times
 * are epoch minutes (0: never) unless named otherwise; feature values are {@link FeatureKey}s;
 * {@code securityChanges} is keyed by {@link SecuritySetting#ordinal()}.
 *
 * <p>The whole state is one byte array of exactly {@link #BYTES} bytes in the layout of {@link
 * ProfileLayout}, which is also its serialised form ({@link ProfileCodec}): the accessors return
 * views that read it in place. {@link RiskEngine#observe} derives the next profile as a copy (this
 * class is then immutable); a host that owns the bytes ({@link #view}) has {@link
 * RiskEngine#observeInPlace} change them in place, with no allocation.
 *
 * <p>The windows keep what their rules read: {@link #withdrawalsHour} counts, {@link
 * #withdrawalsDay} counts and sums, {@link #withdrawalsWeek} sums, {@link #failedSignIns} counts.
 * The used addresses keep no counts; only the added addresses and security changes keep times.
 */
public final class Profile {
  public static final int DEVICES = CAPACITY[DEVICE_SET];
  public static final int IPS = CAPACITY[IP_SET];
  public static final int ASNS = CAPACITY[ASN_SET];
  public static final int COUNTRIES = CAPACITY[COUNTRY_SET];
  public static final int USER_AGENTS = CAPACITY[AGENT_SET];
  public static final int BROWSERS = CAPACITY[BROWSER_SET];
  public static final int OPERATING_SYSTEMS = CAPACITY[OS_SET];
  public static final int USED_ADDRESSES = CAPACITY[USED_SET];
  public static final int ADDED_ADDRESSES = CAPACITY[ADDED_SET];
  public static final int ASSETS = ProfileLayout.ASSETS;

  /** The bytes of every profile, whatever it holds. */
  public static final int BYTES = ProfileLayout.BYTES;

  /** The profile of an account never seen. */
  public static final Profile EMPTY = new Profile(ProfileLayout.empty());

  private final byte[] b;

  /** Wraps bytes in the layout, trusted to be valid. */
  Profile(byte[] bytes) {
    this.b = bytes;
  }

  /**
   * A view of profile bytes the caller owns (from {@link ProfileCodec#slot} or {@link #newSlot}),
   * to assess against them before {@link RiskEngine#observeInPlace} changes them; the view sees
   * that change.
   *
   * @throws IllegalArgumentException if the bytes are not a current-version profile's size
   */
  public static Profile view(byte[] slot) {
    return new Profile(checkSlot(slot));
  }

  /** Fresh bytes of an account never seen, for the caller to own. */
  public static byte[] newSlot() {
    return ProfileLayout.empty();
  }

  static byte[] checkSlot(byte[] slot) {
    if (slot.length != BYTES || slot[0] != VERSION) {
      throw new IllegalArgumentException("not a version-" + VERSION + " profile");
    }
    return slot;
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
    return FeatureSet.of(b, DEVICE_SET);
  }

  public FeatureSet ips() {
    return FeatureSet.of(b, IP_SET);
  }

  public FeatureSet asns() {
    return FeatureSet.of(b, ASN_SET);
  }

  public FeatureSet countries() {
    return FeatureSet.of(b, COUNTRY_SET);
  }

  public FeatureSet userAgents() {
    return FeatureSet.of(b, AGENT_SET);
  }

  public FeatureSet browsers() {
    return FeatureSet.of(b, BROWSER_SET);
  }

  public FeatureSet operatingSystems() {
    return FeatureSet.of(b, OS_SET);
  }

  public FeatureSet usedAddresses() {
    return FeatureSet.of(b, USED_SET);
  }

  public FeatureSet addedAddresses() {
    return FeatureSet.of(b, ADDED_SET);
  }

  public FeatureSet securityChanges() {
    return FeatureSet.of(b, SECURITY_SET);
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
    return WindowCounter.of(b, FAILED_SIGN_INS);
  }

  public WindowCounter withdrawalsHour() {
    return WindowCounter.of(b, WITHDRAWALS_HOUR);
  }

  public WindowCounter withdrawalsDay() {
    return WindowCounter.of(b, WITHDRAWALS_DAY);
  }

  public WindowCounter withdrawalsWeek() {
    return WindowCounter.of(b, WITHDRAWALS_WEEK);
  }

  public AmountStats amounts() {
    return AmountStats.of(b);
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

  /** The number of bytes the profile takes: {@link #BYTES}, whatever it holds. */
  public int byteSize() {
    return b.length;
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
