package io.rampart.notification.internal;

import io.rampart.notification.Notice;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a notice into the subject and body of a message: fills the kind's template with the
 * notice's values and the product name, then applies the {@link AntiPhishingStamp}. Thread-safe.
 */
public final class NoticeRenderer {
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
    Map<String, String> values = new HashMap<>(notice.values());
    values.put("product", productName);
    try {
      String subject = PlaceholderText.fill(template.subject(), values, NoticeRenderer::oneLine);
      String body = PlaceholderText.fill(template.body(), values, value -> value);
      return new Rendered(subject, antiPhishingStamp.stamp(notice.account(), body));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(notice.kind() + " notice: " + e.getMessage(), e);
    }
  }

  /**
   * A subject is a mail header: a line break in a value would let it start another header. Drops
   * line breaks and every other control character.
   */
  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(cp -> !Character.isISOControl(cp) && cp != '\u2028' && cp != '\u2029')
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
