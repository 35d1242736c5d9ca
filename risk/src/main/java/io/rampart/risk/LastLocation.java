package io.rampart.risk;

/**
 * Where and when (epoch seconds) the account was last active with a located IP; {@link #NONE} until
 * then. Degrees are kept as {@code float} (about a metre of precision).
 */
public record LastLocation(float latitude, float longitude, long epochSecond) {
  public static final LastLocation NONE = new LastLocation(0f, 0f, Long.MIN_VALUE);

  public LastLocation {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("coordinates out of range");
    }
  }

  public boolean known() {
    return epochSecond != Long.MIN_VALUE;
  }

  public Coordinates coordinates() {
    return new Coordinates(latitude, longitude);
  }
}
