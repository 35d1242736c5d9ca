package io.rampart.ipintel.internal;

import com.maxmind.db.MaxMindDbParameter;
import io.rampart.risk.Coordinates;

/**
 * A record of a country or city database, in either layout: ip-location-db's ({@code country_code},
 * {@code latitude}, {@code longitude}) or MaxMind's GeoLite2/GeoIP2 ({@code country.iso_code},
 * {@code registered_country.iso_code}, {@code location.latitude}, {@code location.longitude}).
 * Fields a database lacks are {@code null}; the reader skips the others. Public only because the
 * MaxMind DB reader instantiates it by reflection.
 */
public record GeoRecord(
    @MaxMindDbParameter(name = "country_code") String countryCode,
    @MaxMindDbParameter(name = "country") IsoCode country,
    @MaxMindDbParameter(name = "registered_country") IsoCode registeredCountry,
    @MaxMindDbParameter(name = "latitude") Number latitude,
    @MaxMindDbParameter(name = "longitude") Number longitude,
    @MaxMindDbParameter(name = "location") Location location) {

  /** Coordinates are kept to four decimals (about 11 m), far finer than geo-IP is right. */
  private static final double PRECISION = 1e4;

  /** MaxMind's country object; only its code is read. */
  public record IsoCode(@MaxMindDbParameter(name = "iso_code") String isoCode) {}

  /** MaxMind's location object; only the coordinates are read. */
  public record Location(
      @MaxMindDbParameter(name = "latitude") Number latitude,
      @MaxMindDbParameter(name = "longitude") Number longitude) {}

  /** The country where the address is used, else where it is registered; {@code null} if none. */
  public String countryOrNull() {
    String code = Countries.countryOrNull(countryCode);
    if (code == null && country != null) {
      code = Countries.countryOrNull(country.isoCode());
    }
    if (code == null && registeredCountry != null) {
      code = Countries.countryOrNull(registeredCountry.isoCode());
    }
    return code;
  }

  /**
   * The coordinates, or {@code null} if there are none, they are out of range, or they are exactly
   * (0, 0), which databases write for "unknown".
   */
  public Coordinates coordinatesOrNull() {
    Number lat = latitude;
    Number lon = longitude;
    if ((lat == null || lon == null) && location != null) {
      lat = location.latitude();
      lon = location.longitude();
    }
    if (lat == null || lon == null) {
      return null;
    }
    double latDegrees = rounded(lat.doubleValue());
    double lonDegrees = rounded(lon.doubleValue());
    boolean inRange =
        latDegrees >= -90 && latDegrees <= 90 && lonDegrees >= -180 && lonDegrees <= 180;
    if (!inRange || (latDegrees == 0 && lonDegrees == 0)) {
      return null;
    }
    return new Coordinates(latDegrees, lonDegrees);
  }

  private static double rounded(double degrees) {
    return Math.round(degrees * PRECISION) / PRECISION;
  }
}
