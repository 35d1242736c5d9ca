package io.rampart.notification.internal;

import io.rampart.notification.Notice;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a notice into the subject and body of a message: fills the kind's template with the
 * notice's values and the product name, then applies the {@link AntiPhishingStamp}. Thread-safe.
 *
 * <p>A notice's values may come from an attacker (a user agent, say), so each is made harmless
 * first: control characters, line separators and bidirectional formatting characters (which can
 * make text display in another order than it is read) are dropped, and a value longer than {@link
 * #MAX_VALUE_LENGTH} characters is cut to that length, ending in an ellipsis. Links go in whole, as
 * a link cut short would not work.
 */
public final class NoticeRenderer {
  /** The most characters (code points) of one notice value a message shows. */
  static final int MAX_VALUE_LENGTH = 120;

  private static final String ELLIPSIS = "\u2026";
  private static final Set<String> WHOLE_VALUES = Set.of("link");

  private final String productName;
  private final AntiPhishingStamp antiPhishingStamp;

  public NoticeRenderer(String productName, AntiPhishingStamp antiPhishingStamp) {
    this.productName = Objects.requireNonNull(productName, "productName");
    this.antiPhishingStamp = Objects.requireNonNull(antiPhishingStamp, "antiPhishingStamp");
  }

  /** A rendered message. */
  public record Rendered(String subject, String body) {}

  /**
   * @throws IllegalArgumentException if the notice lacks a value its template needs; the message
   *     names the kind and the placeholder, never a value
   */
  public Rendered render(Notice notice) {
    NoticeTemplate template = NoticeTemplates.of(notice.kind());
    Map<String, String> values = new HashMap<>();
    notice
        .values()
        .forEach(
            (name, value) ->
                values.put(
                    name,
                    WHOLE_VALUES.contains(name) ? displayable(value) : capped(displayable(value))));
    values.put("product", productName);
    try {
      String subject = PlaceholderText.fill(template.subject(), values, NoticeRenderer::oneLine);
      String body = PlaceholderText.fill(template.body(), values, value -> value);
      return new Rendered(subject, antiPhishingStamp.stamp(notice.account(), body));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(notice.kind() + " notice: " + e.getMessage(), e);
    }
  }

  /** Drops control, line-separator and bidirectional formatting characters. */
  static String displayable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(cp -> !Character.isISOControl(cp) && !isLineSeparator(cp) && !isBidiControl(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** At most {@link #MAX_VALUE_LENGTH} code points, the last an ellipsis if it was cut. */
  static String capped(String value) {
    if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + ELLIPSIS;
  }

  private static boolean isLineSeparator(int cp) {
    return cp == '\u2028' || cp == '\u2029';
  }

  /** Marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm. */
  private static boolean isBidiControl(int cp) {
    return cp == '\u061C'
        || cp == '\u200E'
        || cp == '\u200F'
        || (cp >= '\u202A' && cp <= '\u202E')
        || (cp >= '\u2066' && cp <= '\u2069');
  }

  /**
   * A subject is a mail header: a line break in a value would let it start another header. Drops
   * line breaks and every other control character.
   */
  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(cp -> !Character.isISOControl(cp) && !isLineSeparator(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
