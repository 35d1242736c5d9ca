package io.rampart.audit.internal;

import io.rampart.audit.AuditEvent;
import java.util.Map;

/**
 * The bounds an event must keep to be appended. Callers are Rampart's own code, so a breach is a
 * programming error and fails with {@link IllegalArgumentException}; messages name the field, never
 * its content.
 */
public final class AuditEventRules {
  public static final int MAX_TYPE_LENGTH = 100;
  public static final int MAX_DATA_ENTRIES = 64;
  public static final int MAX_KEY_LENGTH = 64;
  public static final int MAX_VALUE_LENGTH = 1_000;

  private AuditEventRules() {}

  /**
   * @throws IllegalArgumentException if the event breaks a bound
   */
  public static void requireValid(AuditEvent event) {
    requireText("type", event.type(), MAX_TYPE_LENGTH);
    if (event.type().isBlank()) {
      throw new IllegalArgumentException("audit event type must not be blank");
    }
    requireStorable("actor id", event.actor().id());
    requireStorable("ip address", event.origin().ipAddress());
    requireStorable("user agent", event.origin().userAgent());
    Map<String, String> data = event.data();
    if (data.size() > MAX_DATA_ENTRIES) {
      throw new IllegalArgumentException(
          "audit event data has more than " + MAX_DATA_ENTRIES + " entries");
    }
    data.forEach(
        (key, value) -> {
          requireText("data key", key, MAX_KEY_LENGTH);
          if (key.isBlank()) {
            throw new IllegalArgumentException("audit event data key must not be blank");
          }
          if (value == null) {
            throw new IllegalArgumentException("audit event data value must not be null");
          }
          requireText("data value", value, MAX_VALUE_LENGTH);
        });
  }

  private static void requireText(String field, String text, int maxLength) {
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "audit event " + field + " is longer than " + maxLength + " characters");
    }
    requireStorable(field, text);
  }

  /**
   * A NUL cannot be stored in a PostgreSQL text column and an unpaired surrogate has no UTF-8 form;
   * either would keep the record from reading back exactly as hashed.
   */
  private static void requireStorable(String field, String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        throw new IllegalArgumentException("audit event " + field + " contains a NUL character");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "audit event " + field + " contains an unpaired surrogate");
      }
    }
  }
}
