package io.rampart.screening.internal.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names as sanctions lists write them, to ISO 3166-1 alpha-2 codes: the English names the
 * JDK knows, plus the forms OFAC and the UN use ("Korea, North", "Burma", "Iran (Islamic Republic
 * of)", "Congo, Democratic Republic of the").
 */
public final class Countries {
  private static final Map<String, String> BY_NAME = build();
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  /** The code for a country name, if it is one. */
  public static Optional<String> code(String name) {
    if (name == null) return Optional.empty();
    return Optional.ofNullable(BY_NAME.get(key(name)));
  }

  /** Whether {@code code} is an ISO 3166-1 alpha-2 code (upper case). */
  public static boolean isCode(String code) {
    return code != null && CODES.contains(code);
  }

  private static Map<String, String> build() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      names.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
      names.put(key(code), code);
      names.put(key(country.getISO3Country()), code);
    }
    String[][] aliases = {
      {"Korea, North", "KP"},
      {"North Korea", "KP"},
      {"Democratic People's Republic of Korea", "KP"},
      {"Korea, South", "KR"},
      {"South Korea", "KR"},
      {"Republic of Korea", "KR"},
      {"Korea", "KR"},
      {"Burma", "MM"},
      {"Myanmar", "MM"},
      {"Congo, Democratic Republic of the", "CD"},
      {"Democratic Republic of the Congo", "CD"},
      {"Congo", "CG"},
      {"Republic of the Congo", "CG"},
      {"Congo, Republic of the", "CG"},
      {"Iran (Islamic Republic of)", "IR"},
      {"Islamic Republic of Iran", "IR"},
      {"Syrian Arab Republic", "SY"},
      {"Russian Federation", "RU"},
      {"Venezuela (Bolivarian Republic of)", "VE"},
      {"Bolivia (Plurinational State of)", "BO"},
      {"United Republic of Tanzania", "TZ"},
      {"Lao People's Democratic Republic", "LA"},
      {"Viet Nam", "VN"},
      {"Republic of Moldova", "MD"},
      {"Turkey", "TR"},
      {"Turkiye", "TR"},
      {"Palestinian", "PS"},
      {"Palestine", "PS"},
      {"State of Palestine", "PS"},
      {"West Bank", "PS"},
      {"Gaza", "PS"},
      {"Gaza Strip", "PS"},
      {"The Gambia", "GM"},
      {"Gambia", "GM"},
      {"Cabo Verde", "CV"},
      {"Cape Verde", "CV"},
      {"Cote d'Ivoire", "CI"},
      {"Ivory Coast", "CI"},
      {"Hong Kong", "HK"},
      {"Macau", "MO"},
      {"Macao", "MO"},
      {"Taiwan", "TW"},
      {"United States", "US"},
      {"United States of America", "US"},
      {"USA", "US"},
      {"United Kingdom", "GB"},
      {"United Kingdom of Great Britain and Northern Ireland", "GB"},
      {"UK", "GB"},
      {"North Macedonia", "MK"},
      {"The former Yugoslav Republic of Macedonia", "MK"},
      {"Macedonia", "MK"},
      {"Czech Republic", "CZ"},
      {"Czechia", "CZ"},
      {"Bosnia-Herzegovina", "BA"},
      {"Bosnia and Herzegovina", "BA"},
      {"Brunei Darussalam", "BN"},
      {"Eswatini", "SZ"},
      {"Swaziland", "SZ"},
      {"Timor-Leste", "TL"},
      {"East Timor", "TL"},
      {"Holy See", "VA"},
      {"Saint Kitts and Nevis", "KN"},
      {"Saint Vincent and the Grenadines", "VC"},
      {"Saint Lucia", "LC"},
      {"Micronesia (Federated States of)", "FM"},
      {"Sao Tome and Principe", "ST"},
      {"Kosovo", "XK"},
      {"Curacao", "CW"},
      {"Netherlands Antilles", "CW"},
      {"Yugoslavia", "RS"},
      {"Serbia and Montenegro", "RS"},
      {"Soviet Union", "RU"},
      {"USSR", "RU"},
      {"Trinidad & Tobago", "TT"},
      {"Antigua & Barbuda", "AG"},
      {"Region: Gaza", "PS"},
      {"Region: West Bank", "PS"},
    };
    for (String[] alias : aliases) names.put(key(alias[0]), alias[1]);
    return Map.copyOf(names);
  }

  private static String key(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
