package io.rampart.ipintel.internal;

import io.rampart.risk.Coordinates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One reference point per country (GeoNames', built by {@code scripts/build-country-centroids.sh}):
 * where an address is placed when no city database knows it, so that distances between countries
 * still mean something.
 */
public final class CountryCentroids {
  private static final String RESOURCE = "country-centroids.tsv";
  private static final Map<String, Coordinates> CENTROIDS = read();

  private CountryCentroids() {}

  /** The reference point of an ISO 3166-1 alpha-2 country, if the table has it. */
  public static Optional<Coordinates> of(String country) {
    return Optional.ofNullable(CENTROIDS.get(country));
  }

  public static int size() {
    return CENTROIDS.size();
  }

  private static Map<String, Coordinates> read() {
    Map<String, Coordinates> table = new HashMap<>();
    try (InputStream in = CountryCentroids.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 3 || !Countries.isCode(fields[0])) {
          throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
        table.put(
            fields[0],
            new Coordinates(Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
