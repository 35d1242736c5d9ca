package io.rampart.simulation.internal;

import java.util.List;
import java.util.SplittableRandom;

/** Draws from the distributions the simulation uses, all from a given seeded source. */
public final class Draw {
  private Draw() {}

  /** An index chosen with probability proportional to its weight. */
  public static int weighted(SplittableRandom rnd, double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  public static <T> T one(SplittableRandom rnd, List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  public static boolean chance(SplittableRandom rnd, double p) {
    return rnd.nextDouble() < p;
  }

  public static double gaussian(SplittableRandom rnd) {
    // Box-Muller, so the stream of numbers stays the same on every JDK.
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal value with the given median and spread (sigma of the log). */
  public static double logNormal(SplittableRandom rnd, double median, double sigma) {
    return median * Math.exp(sigma * gaussian(rnd));
  }

  /** A Poisson count (Knuth's method; means here are small). */
  public static int poisson(SplittableRandom rnd, double mean) {
    double limit = Math.exp(-Math.min(mean, 30));
    int k = 0;
    double p = rnd.nextDouble();
    while (p > limit) {
      k++;
      p *= rnd.nextDouble();
    }
    return k;
  }

  /** Uniform in [from, to). */
  public static double between(SplittableRandom rnd, double from, double to) {
    return from + rnd.nextDouble() * (to - from);
  }

  public static int between(SplittableRandom rnd, int from, int to) {
    return from + rnd.nextInt(to - from);
  }
}
