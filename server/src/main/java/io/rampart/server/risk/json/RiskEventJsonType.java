package io.rampart.server.risk.json;

import io.rampart.risk.RiskEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event types of schema v1 as JSON names them, with the fields each accepts in the order {@code
 * docs/events.md} lists them: the order events are written in and problems are reported in.
 */
enum RiskEventJsonType {
  SIGN_IN_ATTEMPT("sign_in_attempt", "success", "ip", "userAgent", "deviceId", "mfaUsed"),
  SESSION_ACTIVITY("session_activity", "sessionId", "ip", "userAgent", "deviceId"),
  WITHDRAWAL_REQUEST(
      "withdrawal_request",
      "asset",
      "network",
      "amountMinor",
      "scale",
      "usdCents",
      "destinationAddress",
      "whitelisted",
      "whitelistedSince",
      "balanceUsdCents",
      "ip",
      "deviceId"),
  DEPOSIT("deposit", "asset", "network", "amountMinor", "scale", "usdCents", "sourceAddress"),
  ADDRESS_BOOK_CHANGE(
      "address_book_change", "kind", "asset", "network", "address", "ip", "deviceId"),
  SECURITY_SETTING_CHANGE("security_setting_change", "setting", "ip", "deviceId"),
  API_KEY_USE("api_key_use", "keyId", "permission", "ip");

  private final String jsonName;
  private final List<String> fields;

  RiskEventJsonType(String jsonName, String... specific) {
    this.jsonName = jsonName;
    var all = new ArrayList<>(Common.FIELDS);
    all.addAll(List.of(specific));
    this.fields = List.copyOf(all);
  }

  /** The fields every event type has, first. */
  private static final class Common {
    static final List<String> FIELDS =
        List.of("type", "schemaVersion", "eventId", "accountId", "occurredAt");
  }

  /** The value of the {@code type} field. */
  String jsonName() {
    return jsonName;
  }

  /** Every field the type accepts, common ones first. */
  List<String> fields() {
    return fields;
  }

  boolean accepts(String field) {
    return fields.contains(field);
  }

  /** The field's rank in {@link #fields()}; fields the type does not accept rank last. */
  int rank(String field) {
    int i = fields.indexOf(field);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** {@link #values()} clones its array on every call; events are read on every request. */
  private static final RiskEventJsonType[] ALL = values();

  static Optional<RiskEventJsonType> byJsonName(String name) {
    for (RiskEventJsonType t : ALL) {
      if (t.jsonName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  static RiskEventJsonType of(RiskEvent event) {
    return switch (event) {
      case RiskEvent.SignInAttempt e -> SIGN_IN_ATTEMPT;
      case RiskEvent.SessionActivity e -> SESSION_ACTIVITY;
      case RiskEvent.WithdrawalRequest e -> WITHDRAWAL_REQUEST;
      case RiskEvent.Deposit e -> DEPOSIT;
      case RiskEvent.AddressBookChange e -> ADDRESS_BOOK_CHANGE;
      case RiskEvent.SecuritySettingChange e -> SECURITY_SETTING_CHANGE;
      case RiskEvent.ApiKeyUse e -> API_KEY_USE;
    };
  }

  /** Every type's JSON name, for messages. */
  static String names() {
    var names = new ArrayList<String>();
    for (RiskEventJsonType t : values()) {
      names.add(t.jsonName);
    }
    return String.join(", ", names);
  }
}
