package io.rampart.ipintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.Coordinates;
import org.junit.jupiter.api.Test;

class CountryCentroidsTest {

  @Test
  void placesEveryCountryOfTheTable() {
    assertThat(CountryCentroids.size()).isGreaterThanOrEqualTo(249);
    assertThat(CountryCentroids.of("DE")).contains(new Coordinates(51.5, 10.5));
    assertThat(CountryCentroids.of("SG")).isPresent();
    assertThat(CountryCentroids.of("ZZ")).isEmpty();
  }

  @Test
  void putsNeighboursCloserThanOtherContinents() {
    Coordinates germany = CountryCentroids.of("DE").orElseThrow();
    double toFrance = germany.distanceKm(CountryCentroids.of("FR").orElseThrow());
    double toSingapore = germany.distanceKm(CountryCentroids.of("SG").orElseThrow());

    assertThat(toFrance).isBetween(300.0, 1_000.0);
    assertThat(toSingapore).isBetween(9_500.0, 11_000.0);
  }
}
