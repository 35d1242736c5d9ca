package io.rampart.risk;

/**
 * Where and when (epoch seconds) the account was last active with a located IP; {@link #NONE} until
 * then. Degrees are kept as {@code float} (about a metre of precision).
 */
public record LastLocation(float latitude, float longitude, long epochSecond) {
  public static final LastLocation NONE = new LastLocation(0f, 0f, Long.MIN_VALUE);

  public boolean known() {
    return epochSecond != Long.MIN_VALUE;
  }

  public Coordinates coordinates() {
    return new Coordinates(latitude, longitude);
  }
}
