package io.rampart.risk;

import io.rampart.kernel.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an event's values against the limits documented in {@code docs/events.md}. Pure and
 * thread-safe. Events outside these limits must not reach the engine: profile time arithmetic
 * relies on {@code occurredAt} lying between {@link #EARLIEST} and {@link #LATEST}.
 */
public final class EventValidation {
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
  public static final int MAX_ID = 128;
  public static final int MAX_IP = 45;
  public static final int MAX_USER_AGENT = 512;
  public static final int MAX_ASSET = 16;
  public static final int MAX_NETWORK = 32;
  public static final int MAX_ADDRESS = 128;
  public static final int MAX_SCALE = 30;

  /** Compiled once: {@code String.matches} compiles its pattern on every call of every event. */
  private static final Pattern ASSET = Pattern.compile("[A-Z0-9.]+");

  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]+");

  private EventValidation() {}

  public static EventCheck check(RiskEvent event) {
    var p = new ArrayList<EventCheck.Problem>();
    text(p, "eventId", event.eventId(), MAX_ID, true);
    text(p, "accountId", event.accountId().value(), SubjectId.MAX_LENGTH, true);
    if (event.occurredAt().isBefore(EARLIEST) || !event.occurredAt().isBefore(LATEST)) {
      p.add(invalid("occurredAt", "must lie in the years 2000 to 2099"));
    }
    switch (event) {
      case RiskEvent.SignInAttempt e -> {
        ip(p, "ip", e.ip());
        text(p, "userAgent", e.userAgent(), MAX_USER_AGENT, false);
        text(p, "deviceId", e.deviceId(), MAX_ID, false);
      }
      case RiskEvent.SessionActivity e -> {
        text(p, "sessionId", e.sessionId(), MAX_ID, false);
        ip(p, "ip", e.ip());
        text(p, "userAgent", e.userAgent(), MAX_USER_AGENT, false);
        text(p, "deviceId", e.deviceId(), MAX_ID, false);
      }
      case RiskEvent.WithdrawalRequest e -> {
        amount(p, e.asset(), e.network(), e.amountMinor(), e.scale(), e.usdCents());
        if (e.amountMinor() == 0) {
          p.add(invalid("amountMinor", "must be positive"));
        }
        address(p, "destinationAddress", e.destinationAddress(), true);
        if (e.whitelistedSince() != null && e.whitelistedSince().isAfter(e.occurredAt())) {
          p.add(invalid("whitelistedSince", "must not be after occurredAt"));
        }
        if (e.balanceUsdCents() != null && e.balanceUsdCents() < 0) {
          p.add(invalid("balanceUsdCents", "must not be negative"));
        }
        ip(p, "ip", e.ip());
        text(p, "deviceId", e.deviceId(), MAX_ID, false);
      }
      case RiskEvent.Deposit e -> {
        amount(p, e.asset(), e.network(), e.amountMinor(), e.scale(), e.usdCents());
        address(p, "sourceAddress", e.sourceAddress(), false);
      }
      case RiskEvent.AddressBookChange e -> {
        if (e.asset() != null) {
          asset(p, e.asset());
        }
        text(p, "network", e.network(), MAX_NETWORK, false);
        boolean entryChange =
            e.kind() != AddressChangeKind.WHITELIST_ENABLED
                && e.kind() != AddressChangeKind.WHITELIST_DISABLED;
        address(p, "address", e.address(), entryChange);
        ip(p, "ip", e.ip());
        text(p, "deviceId", e.deviceId(), MAX_ID, false);
      }
      case RiskEvent.SecuritySettingChange e -> {
        ip(p, "ip", e.ip());
        text(p, "deviceId", e.deviceId(), MAX_ID, false);
      }
      case RiskEvent.ApiKeyUse e -> {
        text(p, "keyId", e.keyId(), MAX_ID, true);
        text(p, "permission", e.permission(), MAX_ID, false);
        ip(p, "ip", e.ip());
      }
    }
    return p.isEmpty() ? new EventCheck.Valid(event) : new EventCheck.Invalid(p);
  }

  private static void amount(
      List<EventCheck.Problem> p,
      String asset,
      String network,
      long amountMinor,
      int scale,
      long usdCents) {
    asset(p, asset);
    text(p, "network", network, MAX_NETWORK, true);
    if (amountMinor < 0) {
      p.add(invalid("amountMinor", "must not be negative"));
    }
    if (scale < 0 || scale > MAX_SCALE) {
      p.add(invalid("scale", "must be between 0 and " + MAX_SCALE));
    }
    if (usdCents < 0) {
      p.add(invalid("usdCents", "must not be negative"));
    }
  }

  private static void asset(List<EventCheck.Problem> p, String asset) {
    if (text(p, "asset", asset, MAX_ASSET, true) && !ASSET.matcher(asset).matches()) {
      p.add(invalid("asset", "must be upper-case letters, digits and dots"));
    }
  }

  private static void address(
      List<EventCheck.Problem> p, String field, String value, boolean required) {
    if (text(p, field, value, MAX_ADDRESS, required) && value != null && value.contains(" ")) {
      p.add(invalid(field, "must not contain spaces"));
    }
  }

  private static void ip(List<EventCheck.Problem> p, String field, String value) {
    if (text(p, field, value, MAX_IP, false) && value != null && !IP.matcher(value).matches()) {
      p.add(invalid(field, "must be an IPv4 or IPv6 literal"));
    }
  }

  /** Returns whether the value passed the generic checks (absent optional values pass). */
  private static boolean text(
      List<EventCheck.Problem> p, String field, String value, int max, boolean required) {
    if (value == null || (required && value.isEmpty())) {
      if (required) {
        p.add(new EventCheck.Problem(field, ReasonCode.REQ_MISSING_FIELD, "is required"));
        return false;
      }
      return true;
    }
    if (value.length() > max) {
      p.add(
          new EventCheck.Problem(
              field, ReasonCode.REQ_FIELD_TOO_LONG, "must be at most " + max + " characters"));
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        p.add(
            new EventCheck.Problem(
                field, ReasonCode.REQ_CONTROL_CHARACTERS, "must not contain control characters"));
        return false;
      }
    }
    return true;
  }

  private static EventCheck.Problem invalid(String field, String message) {
    return new EventCheck.Problem(field, ReasonCode.REQ_INVALID_FIELD, message);
  }
}
