package io.rampart.notification.internal;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Fills a text's named placeholders, written {@code {name}} with a name of ASCII letters. Values go
 * in literally in one pass: a value that looks like a placeholder stays as it is. A brace that does
 * not open a placeholder is kept as text.
 */
final class PlaceholderText {
  private PlaceholderText() {}

  /**
   * @param clean applied to every value before it goes in
   * @throws IllegalArgumentException naming the placeholder (never a value) if one has no value
   */
  static String fill(String pattern, Map<String, String> values, UnaryOperator<String> clean) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int end = c == '{' ? placeholderEnd(pattern, i) : -1;
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = pattern.substring(i + 1, end);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("missing value for placeholder '" + name + "'");
      }
      out.append(clean.apply(value));
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the closing brace of the placeholder opening at {@code start}, or -1. */
  private static int placeholderEnd(String pattern, int start) {
    int i = start + 1;
    while (i < pattern.length() && isNameChar(pattern.charAt(i))) {
      i++;
    }
    boolean hasName = i > start + 1;
    return hasName && i < pattern.length() && pattern.charAt(i) == '}' ? i : -1;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
