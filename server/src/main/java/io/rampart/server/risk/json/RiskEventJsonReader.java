package io.rampart.server.risk.json;

import io.rampart.kernel.ReasonCode;
import io.rampart.risk.AddressChangeKind;
import io.rampart.risk.EventCheck;
import io.rampart.risk.EventValidation;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SubjectId;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one event object token by token, without building a tree: memory stays bounded by the
 * parser's limits whatever the object holds. Every problem is collected, each naming its field:
 * fields the type does not accept ({@code REQ_UNKNOWN_FIELD}), missing required ones ({@code
 * REQ_MISSING_FIELD}), wrong JSON types and unparseable values ({@code REQ_INVALID_FIELD}), then
 * whatever {@link EventValidation} finds in the values. Not thread-safe: one reader per object.
 */
final class RiskEventJsonReader {
  /** At most this many problems are reported for one event; the rest are dropped. */
  static final int MAX_PROBLEMS = 32;

  /** The most fields an event type has: room for the names read without growing. */
  private static final int MAX_FIELDS =
      Arrays.stream(RiskEventJsonType.values()).mapToInt(t -> t.fields().size()).max().orElse(0);

  /** Longest field name echoed in a problem; longer ones are cut. */
  static final int MAX_ECHOED_NAME = 64;

  /** Every field of any event type, by its position in {@link #values}. */
  private static final Map<String, Integer> KNOWN = knownFields();

  /** A JSON value of a type no field accepts as it is. */
  private enum Mismatch {
    FRACTION,
    TOO_LARGE,
    OBJECT,
    ARRAY
  }

  /**
   * The value read for each known field, by its position in {@link #KNOWN}; {@code null} when it is
   * absent or JSON {@code null}. Arrays rather than a map and a set: this runs for every event.
   */
  private final Object[] values = new Object[KNOWN.size()];

  /** Whether each known field appeared, with any value. */
  private final boolean[] present = new boolean[KNOWN.size()];

  private final Set<String> bad = new HashSet<>();
  private final List<EventCheck.Problem> problems = new ArrayList<>();

  /** Field names in the order read: each known one once, unknown ones up to a bound. */
  private final List<String> names = new ArrayList<>(MAX_FIELDS);

  private int unknown;
  private final List<String> repeated = new ArrayList<>();

  private RiskEventJsonReader() {}

  /**
   * Reads the object whose {@code START_OBJECT} is the parser's current token, up to and including
   * its {@code END_OBJECT}.
   *
   * @throws tools.jackson.core.JacksonException if the JSON itself is broken or over a limit
   */
  static EventCheck readObject(JsonParser parser) {
    var reader = new RiskEventJsonReader();
    reader.collect(parser);
    return reader.decide();
  }

  private void collect(JsonParser p) {
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken token = p.nextToken();
      Integer field = KNOWN.get(name);
      if (field == null) {
        if (unknown < MAX_PROBLEMS) {
          unknown++;
          names.add(name);
        }
        p.skipChildren();
        continue;
      }
      if (present[field]) {
        if (repeated.size() < MAX_PROBLEMS) {
          repeated.add(name);
        }
        p.skipChildren();
        continue;
      }
      present[field] = true;
      names.add(name);
      values[field] = value(p, token);
    }
  }

  private static Object value(JsonParser p, JsonToken token) {
    return switch (token) {
      case VALUE_STRING -> p.getString();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT ->
          p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? Mismatch.TOO_LARGE
              : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT -> Mismatch.FRACTION;
      case START_OBJECT -> {
        p.skipChildren();
        yield Mismatch.OBJECT;
      }
      case START_ARRAY -> {
        p.skipChildren();
        yield Mismatch.ARRAY;
      }
      default -> null;
    };
  }

  private EventCheck decide() {
    for (String name : repeated) {
      invalid(name, "appears more than once");
    }
    var type = type();
    for (String name : names) {
      if (type == null ? !KNOWN.containsKey(name) : !type.accepts(name)) {
        notAccepted(name);
      }
    }
    if (type == null) {
      return new EventCheck.Invalid(problems);
    }
    Object version = get("schemaVersion");
    if (version != null && !Long.valueOf(1).equals(version)) {
      invalid("schemaVersion", "must be 1, the version these fields are read as");
    }
    RiskEvent event = build(type);
    if (EventValidation.check(event) instanceof EventCheck.Invalid invalid) {
      for (EventCheck.Problem problem : invalid.problems()) {
        if (!bad.contains(problem.field())) {
          add(problem);
        }
      }
    }
    if (problems.isEmpty()) {
      return new EventCheck.Valid(event);
    }
    var ordered = new ArrayList<>(problems);
    ordered.sort(Comparator.comparingInt(problem -> type.rank(problem.field())));
    return new EventCheck.Invalid(ordered);
  }

  private RiskEventJsonType type() {
    Object type = get("type");
    if (type == null) {
      missing("type");
      return null;
    }
    if (type instanceof String name) {
      Optional<RiskEventJsonType> known = RiskEventJsonType.byJsonName(name);
      if (known.isPresent()) {
        return known.get();
      }
    }
    invalid("type", "must be one of " + RiskEventJsonType.names());
    return null;
  }

  /**
   * Builds the event from the values read; a field found bad gets a placeholder, so the record can
   * be built and validated for every other field's problems.
   */
  private RiskEvent build(RiskEventJsonType type) {
    String eventId = text("eventId", true);
    SubjectId accountId = new SubjectId(text("accountId", true));
    Instant occurredAt = instant("occurredAt", true);
    return switch (type) {
      case SIGN_IN_ATTEMPT ->
          new RiskEvent.SignInAttempt(
              eventId,
              accountId,
              occurredAt,
              flag("success", null),
              text("ip", false),
              text("userAgent", false),
              text("deviceId", false),
              flag("mfaUsed", false));
      case SESSION_ACTIVITY ->
          new RiskEvent.SessionActivity(
              eventId,
              accountId,
              occurredAt,
              text("sessionId", false),
              text("ip", false),
              text("userAgent", false),
              text("deviceId", false));
      case WITHDRAWAL_REQUEST ->
          new RiskEvent.WithdrawalRequest(
              eventId,
              accountId,
              occurredAt,
              text("asset", true),
              text("network", true),
              integer("amountMinor", true),
              scale(),
              integer("usdCents", true),
              text("destinationAddress", true),
              flag("whitelisted", false),
              instant("whitelistedSince", false),
              present("balanceUsdCents") ? integer("balanceUsdCents", false) : null,
              text("ip", false),
              text("deviceId", false));
      case DEPOSIT ->
          new RiskEvent.Deposit(
              eventId,
              accountId,
              occurredAt,
              text("asset", true),
              text("network", true),
              integer("amountMinor", true),
              scale(),
              integer("usdCents", true),
              text("sourceAddress", false));
      case ADDRESS_BOOK_CHANGE ->
          new RiskEvent.AddressBookChange(
              eventId,
              accountId,
              occurredAt,
              choice("kind", AddressChangeKind.class, AddressChangeKind.WHITELIST_ENABLED),
              text("asset", false),
              text("network", false),
              text("address", false),
              text("ip", false),
              text("deviceId", false));
      case SECURITY_SETTING_CHANGE ->
          new RiskEvent.SecuritySettingChange(
              eventId,
              accountId,
              occurredAt,
              choice("setting", SecuritySetting.class, SecuritySetting.PASSWORD),
              text("ip", false),
              text("deviceId", false));
      case API_KEY_USE ->
          new RiskEvent.ApiKeyUse(
              eventId,
              accountId,
              occurredAt,
              text("keyId", true),
              text("permission", false),
              text("ip", false));
    };
  }

  /** The value read for a known field, or {@code null}. */
  private Object get(String field) {
    return values[KNOWN.get(field)];
  }

  private boolean present(String field) {
    return get(field) != null;
  }

  /** A string; required ones missing or bad read as {@code ""}, optional ones as null. */
  private String text(String field, boolean required) {
    Object v = get(field);
    if (v instanceof String s) {
      return s;
    }
    if (v == null) {
      if (required) {
        missing(field);
      }
    } else {
      invalid(field, "must be a string");
    }
    return required ? "" : null;
  }

  /** A boolean; {@code absent} when it is left out, or required if {@code absent} is null. */
  private boolean flag(String field, Boolean absent) {
    Object v = get(field);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v == null && absent != null) {
      return absent;
    }
    if (v == null) {
      missing(field);
    } else {
      invalid(field, "must be true or false");
    }
    return false;
  }

  /** A whole number that fits a signed 64-bit integer; 0 when it is missing or bad. */
  private long integer(String field, boolean required) {
    Object v = get(field);
    if (v instanceof Long n) {
      return n;
    }
    if (v == null) {
      if (required) {
        missing(field);
      }
    } else if (v == Mismatch.TOO_LARGE) {
      invalid(field, "must be at most " + Long.MAX_VALUE);
    } else {
      invalid(field, "must be a whole number");
    }
    return 0;
  }

  private int scale() {
    long scale = integer("scale", true);
    if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
      invalid("scale", "must be between 0 and " + EventValidation.MAX_SCALE);
      return 0;
    }
    return (int) scale;
  }

  /** An RFC 3339 instant; the earliest accepted instant when it is missing or bad. */
  private Instant instant(String field, boolean required) {
    Object v = get(field);
    if (v instanceof String s) {
      try {
        return Rfc3339.parse(s);
      } catch (DateTimeException e) {
        invalid(field, "must be an RFC 3339 date-time such as 2026-11-25T08:15:02Z");
      }
    } else if (v == null) {
      if (required) {
        missing(field);
      }
      return required ? EventValidation.EARLIEST : null;
    } else {
      invalid(field, "must be an RFC 3339 date-time string");
    }
    return required ? EventValidation.EARLIEST : null;
  }

  /** One of an enumeration's names, exactly; {@code placeholder} when it is missing or bad. */
  private <E extends Enum<E>> E choice(String field, Class<E> type, E placeholder) {
    Object v = get(field);
    if (v == null) {
      missing(field);
      return placeholder;
    }
    if (v instanceof String s) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(s)) {
          return constant;
        }
      }
    }
    invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    return placeholder;
  }

  private void missing(String field) {
    bad.add(field);
    add(new EventCheck.Problem(field, ReasonCode.REQ_MISSING_FIELD, "is required"));
  }

  private void invalid(String field, String message) {
    bad.add(field);
    add(new EventCheck.Problem(field, ReasonCode.REQ_INVALID_FIELD, message));
  }

  private void notAccepted(String field) {
    add(
        new EventCheck.Problem(
            echoed(field), ReasonCode.REQ_UNKNOWN_FIELD, "is not a field of this event type"));
  }

  private void add(EventCheck.Problem problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }

  /** A client's field name made safe to echo: bounded, control characters replaced. */
  static String echoed(String name) {
    String cut = name.length() > MAX_ECHOED_NAME ? name.substring(0, MAX_ECHOED_NAME) : name;
    var b = new StringBuilder(cut.length() + 1);
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      b.append(Character.isISOControl(c) ? '?' : c);
    }
    return cut.length() < name.length() ? b.append('…').toString() : b.toString();
  }

  private static Map<String, Integer> knownFields() {
    var known = new HashMap<String, Integer>();
    for (RiskEventJsonType t : RiskEventJsonType.values()) {
      for (String field : t.fields()) {
        known.putIfAbsent(field, known.size());
      }
    }
    return Map.copyOf(known);
  }
}
