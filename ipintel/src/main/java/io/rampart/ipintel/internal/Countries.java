package io.rampart.ipintel.internal;

/** ISO 3166-1 alpha-2 codes as geo-IP databases give them. */
final class Countries {
  /** The code databases use for "no country"; it names none. */
  private static final String UNKNOWN = "ZZ";

  private Countries() {}

  /** Two upper-case ASCII letters. */
  static boolean isCode(String code) {
    return code != null && code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1));
  }

  /** The code if it names a country, else {@code null}. */
  static String countryOrNull(String code) {
    return isCode(code) && !UNKNOWN.equals(code) ? code : null;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
