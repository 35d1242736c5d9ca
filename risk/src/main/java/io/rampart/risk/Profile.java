package io.rampart.risk;

import java.time.Instant;
import java.util.Objects;

/**
 * One account's behaviour, bounded in size: the state the rules compare each event against.
 * Immutable and serialisable ({@link ProfileCodec}); {@link RiskEngine#observe} derives the next
 * profile from an event, deterministically. Times are epoch minutes (0: never) unless named
 * otherwise; feature values are {@link FeatureKey}s; {@code securityChanges} is keyed by {@link
 * SecuritySetting#ordinal()}.
 */
public record Profile(
    int firstSeenMinute,
    int lastActivityMinute,
    int lastNewDeviceMinute,
    FeatureSet devices,
    FeatureSet ips,
    FeatureSet asns,
    FeatureSet countries,
    FeatureSet userAgents,
    FeatureSet browsers,
    FeatureSet operatingSystems,
    FeatureSet usedAddresses,
    FeatureSet addedAddresses,
    FeatureSet securityChanges,
    LastLocation lastLocation,
    HourHistogram hours,
    WindowCounter failedSignIns,
    WindowCounter withdrawalsHour,
    WindowCounter withdrawalsDay,
    WindowCounter withdrawalsWeek,
    AmountStats amounts) {

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

  /** The profile of an account never seen. */
  public static final Profile EMPTY =
      new Profile(
          0,
          0,
          0,
          FeatureSet.empty(DEVICES),
          FeatureSet.empty(IPS),
          FeatureSet.empty(ASNS),
          FeatureSet.empty(COUNTRIES),
          FeatureSet.empty(USER_AGENTS),
          FeatureSet.empty(BROWSERS),
          FeatureSet.empty(OPERATING_SYSTEMS),
          FeatureSet.empty(USED_ADDRESSES),
          FeatureSet.empty(ADDED_ADDRESSES),
          FeatureSet.empty(SecuritySetting.values().length),
          LastLocation.NONE,
          HourHistogram.EMPTY,
          WindowCounter.empty(5, 12),
          WindowCounter.empty(5, 12),
          WindowCounter.empty(60, 24),
          WindowCounter.empty(1440, 7),
          AmountStats.empty(ASSETS));

  public Profile {
    Objects.requireNonNull(devices);
    Objects.requireNonNull(ips);
    Objects.requireNonNull(asns);
    Objects.requireNonNull(countries);
    Objects.requireNonNull(userAgents);
    Objects.requireNonNull(browsers);
    Objects.requireNonNull(operatingSystems);
    Objects.requireNonNull(usedAddresses);
    Objects.requireNonNull(addedAddresses);
    Objects.requireNonNull(securityChanges);
    Objects.requireNonNull(lastLocation);
    Objects.requireNonNull(hours);
    Objects.requireNonNull(failedSignIns);
    Objects.requireNonNull(withdrawalsHour);
    Objects.requireNonNull(withdrawalsDay);
    Objects.requireNonNull(withdrawalsWeek);
    Objects.requireNonNull(amounts);
  }

  /** Whether any event about the account was seen. */
  public boolean seen() {
    return firstSeenMinute != 0;
  }

  /** The feature set counting a sign-in feature's values. */
  public FeatureSet features(Feature feature) {
    return switch (feature) {
      case COUNTRY -> countries;
      case ASN -> asns;
      case IP -> ips;
      case OS -> operatingSystems;
      case BROWSER -> browsers;
      case USER_AGENT -> userAgents;
    };
  }

  /** The epoch minute of an instant, the time unit of profiles. */
  public static int minuteOf(Instant instant) {
    return Math.toIntExact(Math.floorDiv(instant.getEpochSecond(), 60));
  }
}
