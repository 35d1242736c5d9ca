package io.rampart.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  private static void assertSameAsFormat(double v) {
    for (int scale = 0; scale <= 3; scale++) {
      assertThat(Decimals.fixed(v, scale))
          .as("%s at %d places", v, scale)
          .isEqualTo(String.format(Locale.ROOT, "%." + scale + "f", v));
    }
  }

  @Test
  void writesWhatFormatWritesAtTheEdges() {
    double[] edges = {
      0.0,
      -0.0,
      0.05,
      0.15,
      0.25,
      0.35,
      1.45,
      2.5,
      -2.5,
      0.5,
      -0.5,
      0.049999999999999996,
      1.005,
      2.675,
      9.95,
      99.95,
      999.5,
      -0.04,
      1e-7,
      -1e-7,
      123456789.125,
      1e15,
      1e20,
      1e22,
      4.35e-5,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Math.log(20),
      17_000.0 / 3,
      9_386.8
    };
    for (double v : edges) {
      assertSameAsFormat(v);
    }
  }

  @Test
  void writesWhatFormatWritesForScoresDistancesAndAmounts() {
    var random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      assertSameAsFormat(random.nextDouble(-20, 20));
      assertSameAsFormat(random.nextDouble(0, 40_000));
      // Values on the rounding boundary of the decimal places written.
      assertSameAsFormat(random.nextInt(-100_000, 100_000) / 1000.0 + 0.0005);
      assertSameAsFormat(random.nextInt(-100_000, 100_000) / 100.0 + 0.005);
      assertSameAsFormat(random.nextLong(0, 1L << 53) / 100.0);
    }
  }
}
