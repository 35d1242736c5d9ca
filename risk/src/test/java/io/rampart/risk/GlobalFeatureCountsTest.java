package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GlobalFeatureCountsTest extends GlobalFeatureStatsContract {
  @Override
  protected GlobalFeatureStats stats() {
    return new GlobalFeatureCounts();
  }

  @Override
  protected void observe(GlobalFeatureStats stats, RiskEvent event, IpFacts facts) {
    ((GlobalFeatureCounts) stats).observe(event, facts);
  }

  static SignInFeatures features(int i) {
    return SignInFeatures.of("10.0." + (i >> 8 & 255) + "." + (i & 255), "agent-" + i % 97, BERLIN);
  }

  @Test
  void overCountsRareValuesWithinTheSketchsBoundUnderManyValues() {
    var counts = new GlobalFeatureCounts();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts.add(features(i), 1);
    }
    double bound = 6.0 * n / GlobalFeatureCounts.WIDTH;
    long excess = 0;
    int beyond = 0;
    for (int i = 0; i < 2000; i++) {
      long over = counts.count(Feature.IP, FeatureKey.of("192.0.2." + i));
      excess += over;
      beyond += over > Math.E * bound ? 1 : 0;
    }
    assertThat(excess / 2000.0).isLessThanOrEqualTo(bound);
    assertThat(beyond / 2000.0).isLessThanOrEqualTo(Math.exp(-GlobalFeatureCounts.DEPTH));
    assertThat(counts.count(Feature.COUNTRY, FeatureKey.of("DE"))).isEqualTo(n);
    assertThat(counts.count(Feature.IP, features(7).ip()))
        .isBetween(1L, 1L + (long) (Math.E * bound));
  }

  @Test
  void theCellsASignInChangesRebuildTheSameCountsElsewhere() {
    var counts = new GlobalFeatureCounts();
    var copy = new GlobalFeatureCounts();
    int[] cells = new int[GlobalFeatureCounts.CELLS_PER_SIGN_IN];
    for (int i = 0; i < 500; i++) {
      counts.add(features(i % 50), 1);
      GlobalFeatureCounts.cellsOf(features(i % 50), cells);
      for (int cell : cells) {
        copy.addCell(cell, 1);
      }
      copy.addTotal(1);
    }
    assertThat(copy.cellsCopy()).isEqualTo(counts.cellsCopy());
    assertThat(copy.count(Feature.USER_AGENT, FeatureKey.of("agent-3"))).isEqualTo(10);
  }

  @Test
  void takesASignInBackAndReadsBackWhatItWrote() throws IOException {
    var counts = new GlobalFeatureCounts();
    counts.add(features(1), 3);
    counts.add(features(2), 1);
    counts.add(features(2), -1);
    var out = new ByteArrayOutputStream();
    counts.writeTo(new DataOutputStream(out));
    byte[] bytes = out.toByteArray();

    var read = GlobalFeatureCounts.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));

    assertThat(read.total()).isEqualTo(3);
    assertThat(read.count(Feature.IP, features(1).ip())).isEqualTo(3);
    assertThat(read.count(Feature.IP, features(2).ip())).isZero();
    assertThat(read.cellsCopy()).isEqualTo(counts.cellsCopy());
    bytes[3] ^= 1;
    assertThatThrownBy(
            () ->
                GlobalFeatureCounts.readFrom(new DataInputStream(new ByteArrayInputStream(bytes))))
        .isInstanceOf(IOException.class);
  }
}
