package io.rampart.screening;

import io.rampart.screening.internal.address.AddressSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ChainAnalytics} that answers from a fixed table of rated addresses, for exchanges that
 * export their provider's ratings to a file, or keep their own. The table is CSV with a header
 * {@code address,asset,risk,category}: {@code risk} 0 to 100, {@code asset} may be empty (any
 * asset). Addresses not in the table are {@link AnalyticsAnswer.Unknown}. Immutable and
 * thread-safe.
 */
public final class StaticChainAnalytics implements ChainAnalytics {
  private static final String HEADER = "address,asset,risk,category";

  private final String provider;
  private final Map<String, List<Rating>> byAddress;

  private record Rating(String asset, int risk, String category) {}

  private StaticChainAnalytics(String provider, Map<String, List<Rating>> byAddress) {
    this.provider = provider;
    this.byAddress = byAddress;
  }

  /**
   * Reads a table.
   *
   * @param provider the name answers carry, such as the file's name
   * @throws IllegalArgumentException naming the first bad line
   * @throws IOException if the stream cannot be read
   */
  public static StaticChainAnalytics read(String provider, InputStream table) throws IOException {
    Objects.requireNonNull(provider, "provider");
    Map<String, List<Rating>> ratings = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.strip().equalsIgnoreCase(HEADER)) {
        throw new IllegalArgumentException(
            "the analytics table must start with the header " + HEADER);
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split(",", -1);
        if (f.length != 4) {
          throw new IllegalArgumentException(
              "line " + number + ": expected 4 fields, found " + f.length);
        }
        String address = f[0].strip();
        if (!AddressSyntax.plausible(address)) {
          throw new IllegalArgumentException("line " + number + ": not an address");
        }
        int risk;
        try {
          risk = Integer.parseInt(f[2].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "line " + number + ": risk is a whole number 0 to 100", e);
        }
        if (risk < 0 || risk > 100) {
          throw new IllegalArgumentException(
              "line " + number + ": risk is a whole number 0 to 100");
        }
        String asset = f[1].strip().toUpperCase(Locale.ROOT);
        ratings
            .computeIfAbsent(AddressSyntax.canonical(address), k -> new java.util.ArrayList<>())
            .add(new Rating(asset.isEmpty() ? null : asset, risk, f[3].strip()));
      }
    }
    Map<String, List<Rating>> frozen = new HashMap<>();
    ratings.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new StaticChainAnalytics(provider, Map.copyOf(frozen));
  }

  /** How many addresses the table rates. */
  public int size() {
    return byAddress.size();
  }

  @Override
  public AnalyticsAnswer assess(String asset, String address) {
    List<Rating> ratings = byAddress.get(address);
    if (ratings == null) return new AnalyticsAnswer.Unknown(provider);
    Rating best = null;
    for (Rating r : ratings) {
      boolean applies = r.asset() == null || asset == null || r.asset().equals(asset);
      if (applies && (best == null || r.risk() > best.risk())) best = r;
    }
    return best == null
        ? new AnalyticsAnswer.Unknown(provider)
        : new AnalyticsAnswer.Rated(provider, best.risk(), best.category());
  }
}
