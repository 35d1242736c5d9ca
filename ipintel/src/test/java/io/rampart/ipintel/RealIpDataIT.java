package io.rampart.ipintel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rampart.risk.Coordinates;
import io.rampart.risk.IpAddress;
import io.rampart.risk.IpFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lookups of real addresses against the real data, when {@code scripts/fetch-ip-data.sh} has put it
 * in {@code data/ip} (or {@code RAMPART_IP_DATA_DIRECTORY} names another directory); skipped
 * otherwise. The expectations are facts of the pinned data versions that are unlikely to change.
 */
class RealIpDataIT {
  private static FileIpIntelligence intelligence;
  private static boolean withCities;

  @BeforeAll
  static void loadTheRealData() {
    String configured = System.getenv("RAMPART_IP_DATA_DIRECTORY");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "data", "ip");
    assumeTrue(
        Files.isRegularFile(dir.resolve("geo-whois-asn-country.mmdb"))
            && Files.isRegularFile(dir.resolve("asn-ipv4.csv")),
        "no IP data in " + dir.toAbsolutePath() + ": run scripts/fetch-ip-data.sh");
    intelligence = IpFixtures.open(IpDataSettings.inDirectory(dir));
    withCities = intelligence.status().has(IpDataKind.CITY);
  }

  @Test
  void knowsTheCountryAndAsOfWellKnownAddresses() {
    assertThat(intelligence.lookup("8.8.8.8").country()).contains("US");
    assertThat(intelligence.lookup("8.8.8.8").asn()).hasValue(15169);
    assertThat(intelligence.details("8.8.8.8").asOrganisation()).contains("Google LLC");
    assertThat(intelligence.details("1.1.1.1").asOrganisation()).contains("Cloudflare, Inc.");
    assertThat(intelligence.lookup("193.0.6.139").country()).contains("NL");
    assertThat(intelligence.lookup("193.0.6.139").asn()).hasValue(3333);
    assertThat(intelligence.lookup("2001:67c:2e8:22::c100:68b").country()).contains("NL");
    assertThat(intelligence.lookup("2001:67c:2e8:22::c100:68b").asn()).hasValue(3333);
    assertThat(intelligence.lookup("81.2.69.142").country()).contains("GB");
  }

  @Test
  void placesAddressesAtTheirCityOrElseTheirCountry() {
    Coordinates at = intelligence.lookup("81.2.69.142").coordinates().orElseThrow();
    Coordinates london = new Coordinates(51.5074, -0.1278);

    assertThat(at.distanceKm(london)).isLessThan(withCities ? 50 : 300);
  }

  @Test
  void knowsNothingOfLocalAddressesThoughTheDataPlacesSome() {
    assertThat(intelligence.lookup("192.168.1.1")).isEqualTo(IpFacts.UNKNOWN);
    assertThat(intelligence.lookup("10.0.0.1")).isEqualTo(IpFacts.UNKNOWN);
  }

  @Test
  void knowsTheCountryAndAsOfAlmostEveryRoutedAddress() {
    var random = new Random(3);
    int sampled = 0;
    int withCountry = 0;
    int withAs = 0;
    while (sampled < 20_000) {
      long address = random.nextLong(1L << 32);
      long first = address >>> 24;
      // Skip what is not handed out to networks: 0/8, 10/8, 127/8, multicast and reserved.
      if (first == 0 || first == 10 || first == 127 || first >= 224) {
        continue;
      }
      sampled++;
      IpFacts facts = intelligence.lookup(IpAddress.v4(address).toString());
      withCountry += facts.country().isPresent() ? 1 : 0;
      withAs += facts.asn().isPresent() ? 1 : 0;
    }

    assertThat(withCountry).isGreaterThan(sampled * 95 / 100);
    assertThat(withAs).isGreaterThan(sampled * 80 / 100);
  }
}
