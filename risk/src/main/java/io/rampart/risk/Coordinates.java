package io.rampart.risk;

/** A point on the earth in degrees (WGS 84). */
public record Coordinates(double latitude, double longitude) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("coordinates out of range");
    }
  }

  /** Great-circle distance by the haversine formula, on a sphere of the earth's mean radius. */
  public double distanceKm(Coordinates other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
