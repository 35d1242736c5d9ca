package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0.0.0.0",
    "198.51.100.10, 198.51.100.10",
    "255.255.255.255, 255.255.255.255",
    "::, 0:0:0:0:0:0:0:0",
    "::1, 0:0:0:0:0:0:0:1",
    "2001:db8::, 2001:db8:0:0:0:0:0:0",
    "2001:DB8:0:0:8:800:200C:417A, 2001:db8:0:0:8:800:200c:417a",
    "2001:db8::8:800:200c:417a, 2001:db8:0:0:8:800:200c:417a",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "::13.1.68.3, 0:0:0:0:0:0:d01:4403",
    "64:ff9b::192.0.2.33, 64:ff9b:0:0:0:0:c000:221",
    "::ffff:198.51.100.10, 198.51.100.10",
    "::ffff:c633:640a, 198.51.100.10",
    "0:0:0:0:0:ffff:198.51.100.10, 198.51.100.10"
  })
  void readsAddressLiterals(String literal, String canonical) {
    assertThat(IpAddress.parse(literal)).hasToString(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.4.",
        ".1.2.3.4",
        "256.1.1.1",
        "01.2.3.4",
        "1.2.3.04",
        "1..2.3",
        "1.2.3.4 ",
        "1.2.3.-4",
        "0x1.2.3.4",
        "1234",
        "localhost",
        "example.com",
        ":",
        ":::",
        ":1::",
        "1:",
        "1::2:",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "12345::",
        "g::1",
        "::1.2.3",
        "::1.2.3.4.5",
        "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3.4:5",
        "fe80::1%eth0",
        "[::1]",
        "1.2.3.4/32",
        "٣.1.1.1"
      })
  void refusesEverythingElse(String text) {
    assertThat(IpAddress.parse(text)).isNull();
  }

  @Test
  void refusesNullAndOverlongText() {
    assertThat(IpAddress.parse(null)).isNull();
    assertThat(IpAddress.parse("0000:0000:0000:0000:0000:0000:0000:0000:0000")).isNull();
  }

  @Test
  void agreesWithTheJdkOnRandomAddressesInEveryTextForm() throws Exception {
    var random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextBoolean() ? 4 : 16];
      random.nextBytes(bytes);
      if (bytes.length == 16 && random.nextInt(4) == 0) {
        java.util.Arrays.fill(bytes, 0, 2 + random.nextInt(12), (byte) 0);
      }
      InetAddress expected = InetAddress.getByAddress(bytes);
      for (String text : textForms(bytes, random)) {
        IpAddress parsed = IpAddress.parse(text);
        assertThat(parsed).as(text).isNotNull();
        assertThat(parsed.toInetAddress()).as(text).isEqualTo(expected);
        assertThat(InetAddress.getByName(text)).as(text).isEqualTo(expected);
      }
    }
  }

  /** The JDK's form, and for IPv6 the full form and one with the longest zero run compressed. */
  private static String[] textForms(byte[] bytes, Random random) throws Exception {
    String jdk = InetAddress.getByAddress(bytes).getHostAddress();
    if (bytes.length == 4) {
      return new String[] {jdk};
    }
    int[] groups = new int[8];
    for (int g = 0; g < 8; g++) {
      groups[g] = ((bytes[2 * g] & 0xFF) << 8) | (bytes[2 * g + 1] & 0xFF);
    }
    StringBuilder full = new StringBuilder();
    for (int g = 0; g < 8; g++) {
      full.append(g == 0 ? "" : ":").append(Integer.toHexString(groups[g]));
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int g = 0; g < 8; ) {
      int start = g;
      while (g < 8 && groups[g] == 0) g++;
      if (g - start > bestLength) {
        bestStart = start;
        bestLength = g - start;
      }
      g = Math.max(g, start + 1);
    }
    StringBuilder compressed = new StringBuilder();
    for (int g = 0; g < 8; g++) {
      if (g == bestStart) {
        compressed.append("::");
        g += bestLength - 1;
        continue;
      }
      if (compressed.length() > 0 && compressed.charAt(compressed.length() - 1) != ':') {
        compressed.append(':');
      }
      String group = Integer.toHexString(groups[g]);
      compressed.append(random.nextBoolean() ? group.toUpperCase(java.util.Locale.ROOT) : group);
    }
    return new String[] {jdk, full.toString(), compressed.toString()};
  }

  @Test
  void neverThrowsOnRandomText() {
    var random = new Random(7);
    String alphabet = "0123456789abcdefABCDEF:.%/[] xg-";
    for (int i = 0; i < 100_000; i++) {
      var text = new StringBuilder();
      int length = random.nextInt(48);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      IpAddress parsed = IpAddress.parse(text.toString());
      if (parsed != null) {
        assertThat(IpAddress.parse(parsed.toString())).isEqualTo(parsed);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "198.51.100.77, 24, 198.51.100.0, 198.51.100.255",
    "198.51.100.77, 32, 198.51.100.77, 198.51.100.77",
    "198.51.100.77, 0, 0.0.0.0, 255.255.255.255",
    "2001:db8:1:2:3:4:5:6, 48, 2001:db8:1:0:0:0:0:0, 2001:db8:1:ffff:ffff:ffff:ffff:ffff",
    "2001:db8:1:2:3:4:5:6, 64, 2001:db8:1:2:0:0:0:0, 2001:db8:1:2:ffff:ffff:ffff:ffff",
    "2001:db8:1:2:3:4:5:6, 96, 2001:db8:1:2:3:4:0:0, 2001:db8:1:2:3:4:ffff:ffff",
    "2001:db8:1:2:3:4:5:6, 128, 2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
    "2001:db8:1:2:3:4:5:6, 0, 0:0:0:0:0:0:0:0, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
  })
  void boundsTheBlockOfAPrefix(String address, int prefix, String first, String last) {
    IpAddress ip = IpAddress.parse(address);
    assertThat(ip.networkStart(prefix)).hasToString(first);
    assertThat(ip.networkEnd(prefix)).hasToString(last);
  }
}
