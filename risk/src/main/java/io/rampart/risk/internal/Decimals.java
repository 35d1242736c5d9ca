package io.rampart.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in findings' details, written as {@code String.format(Locale.ROOT, "%.Nf", v)} writes
 * them, without parsing a format per finding: the shortest decimal that gives the double back (as
 * {@link Double#toString(double)}), rounded half up to {@code N} places, the sign written apart (so
 * {@code -0.0} keeps it). Details are part of the replayed, byte-for-byte decisions: this is the
 * same text, only cheaper.
 */
public final class Decimals {
  private Decimals() {}

  /** The text of {@code %.<scale>f} under {@link java.util.Locale#ROOT}. */
  public static String fixed(double value, int scale) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    String magnitude =
        new BigDecimal(Double.toString(Math.abs(value)))
            .setScale(scale, RoundingMode.HALF_UP)
            .toPlainString();
    return Double.compare(value, 0.0) < 0 ? "-" + magnitude : magnitude;
  }
}
