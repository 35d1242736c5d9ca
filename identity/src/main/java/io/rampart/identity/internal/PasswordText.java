package io.rampart.identity.internal;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Passwords as Unicode text: normalised to NFC, so the same password typed on different systems
 * gives the same hash and the same length. Arrays returned here are copies the caller must wipe.
 */
final class PasswordText {
  private PasswordText() {}

  /** A wipeable NFC copy of {@code password}; {@code null} counts as empty. */
  static char[] normalized(char[] password) {
    if (password == null) {
      return new char[0];
    }
    CharBuffer view = CharBuffer.wrap(password);
    if (Normalizer.isNormalized(view, Normalizer.Form.NFC)) {
      return password.clone();
    }
    return Normalizer.normalize(view, Normalizer.Form.NFC).toCharArray();
  }

  /** Whether every surrogate is paired, so the text can be encoded (as UTF-8) and back intact. */
  static boolean wellFormed(char[] text) {
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length
          && Character.isLowSurrogate(text[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The number of Unicode code points (what a person counts as characters, roughly). */
  static int length(char[] password) {
    return Character.codePointCount(password, 0, password.length);
  }

  /** A wipeable copy with every code point lower-cased (locale-independent). */
  static char[] lowerCase(char[] text) {
    char[] lower = new char[text.length * 2];
    int length = 0;
    for (int i = 0; i < text.length; ) {
      int codePoint = Character.codePointAt(text, i);
      length += Character.toChars(Character.toLowerCase(codePoint), lower, length);
      i += Character.charCount(codePoint);
    }
    char[] result = Arrays.copyOf(lower, length);
    wipe(lower);
    return result;
  }

  /** Lower-cases like {@link #lowerCase(char[])}, for list entries that are not secret. */
  static String lowerCase(String text) {
    if (isLowerAscii(text)) {
      return text;
    }
    StringBuilder lower = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      lower.appendCodePoint(Character.toLowerCase(codePoint));
      i += Character.charCount(codePoint);
    }
    return lower.toString();
  }

  private static boolean isLowerAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  static boolean contains(char[] text, String part) {
    outer:
    for (int start = 0; start + part.length() <= text.length; start++) {
      for (int i = 0; i < part.length(); i++) {
        if (text[start + i] != part.charAt(i)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static void wipe(char[] text) {
    if (text != null) {
      Arrays.fill(text, '\0');
    }
  }
}
