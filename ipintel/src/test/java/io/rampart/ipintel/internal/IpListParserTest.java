package io.rampart.ipintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.IpAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpListParserTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static IpList loaded(FileLoad<IpListParser.Parsed> load) {
    assertThat(load).isInstanceOf(FileLoad.Ok.class);
    return ((FileLoad.Ok<IpListParser.Parsed>) load).value().list();
  }

  private static List<String> problems(FileLoad<IpListParser.Parsed> load) {
    assertThat(load).isInstanceOf(FileLoad.Bad.class);
    return ((FileLoad.Bad<IpListParser.Parsed>) load).problems();
  }

  private static boolean listed(IpList list, String ip) {
    return list.contains(IpAddress.parse(ip), -1);
  }

  @Test
  void readsAddressesBlocksAndAsNumbersWithCommentsAndBlankLines() throws IOException {
    Path path =
        file(
            "mixed.txt",
            """
            \uFEFF# Tor exits, one per line as the Tor Project publishes them
            198.51.100.7
            198.51.100.9    # Zürich office
              203.0.113.0/25\t# a VPN range
            2001:db8:42::/48 ; SBL12345 (Spamhaus DROP style)
            2001:db8::7

            as64500
            AS4200000000
            ::ffff:192.0.2.0/120
            """);

    var load = IpListParser.load(List.of(path));
    IpList list = loaded(load);

    assertThat(((FileLoad.Ok<IpListParser.Parsed>) load).value().entriesPerFile())
        .containsExactly(8L);
    assertThat(listed(list, "198.51.100.7")).isTrue();
    assertThat(listed(list, "198.51.100.8")).isFalse();
    assertThat(listed(list, "198.51.100.9")).isTrue();
    assertThat(listed(list, "203.0.113.127")).isTrue();
    assertThat(listed(list, "203.0.113.128")).isFalse();
    assertThat(listed(list, "2001:db8:42:ffff::1")).isTrue();
    assertThat(listed(list, "2001:db8::7")).isTrue();
    assertThat(listed(list, "2001:db8::8")).isFalse();
    assertThat(listed(list, "192.0.2.200")).isTrue();
    assertThat(list.contains(IpAddress.parse("192.168.1.1"), 64500)).isTrue();
    assertThat(list.contains(IpAddress.parse("192.168.1.1"), 4_200_000_000L)).isTrue();
    assertThat(list.contains(IpAddress.parse("192.168.1.1"), 64501)).isFalse();
    assertThat(list.asnCount()).isEqualTo(2);
  }

  @Test
  void mergesEveryFileOfAKind() throws IOException {
    Path tor = file("tor.txt", "198.51.100.7\n");
    Path vpn = file("vpn.txt", "203.0.113.0/24\nAS64500\n");

    var load = IpListParser.load(List.of(tor, vpn));
    IpList list = loaded(load);

    assertThat(listed(list, "198.51.100.7")).isTrue();
    assertThat(listed(list, "203.0.113.9")).isTrue();
    assertThat(((FileLoad.Ok<IpListParser.Parsed>) load).value().entriesPerFile())
        .containsExactly(1L, 2L);
  }

  @Test
  void refusesAFileWithABadLineNamingFileLineAndEntry() throws IOException {
    Path good = file("good.txt", "198.51.100.7\n");
    Path bad =
        file(
            "bad.txt",
            """
            198.51.100.7
            203.0.113.5/24
            2001:db8::/129
            evil.example.com
            1.2.3.4 5.6.7.8
            AS99999999999
            198.51.100.0/
            ::ffff:192.0.2.0/90
            """);

    List<String> problems = problems(IpListParser.load(List.of(good, bad)));

    assertThat(problems)
        .containsExactly(
            bad
                + ":2: '203.0.113.5/24' is not the start of its block: did you mean 203.0.113.0/24?",
            bad + ":3: '2001:db8::/129' has a prefix length outside 0-128",
            bad
                + ":4: 'evil.example.com' is not an IP address, a CIDR block or an AS number (such"
                + " as AS64500)",
            bad
                + ":5: '1.2.3.4 5.6.7.8' is not an IP address, a CIDR block or an AS number (such"
                + " as AS64500)",
            bad + ":6: 'AS99999999999' is not an AS number (AS0 to AS4294967295)",
            bad + ":7: '198.51.100.0/' has a prefix length outside 0-32",
            bad + ":8: '::ffff:192.0.2.0/90' has a prefix length outside 0-32");
  }

  @Test
  void listsTheFirstTenProblemsAndCountsTheRest() throws IOException {
    Path bad = file("bad.txt", "nonsense\n".repeat(25));

    List<String> problems = problems(IpListParser.load(List.of(bad)));

    assertThat(problems).hasSize(11);
    assertThat(problems.getLast()).isEqualTo(bad + ": and 15 more problems");
  }

  @Test
  void refusesTextThatIsNotUtf8AndShowsNoControlCharacters() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(
        latin1,
        "# Zürich office\n198.51.100.7 # Z\u00fcrich\n1.2\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Path control = file("control.txt", "198.51.100.7\u001b[31m\n");

    assertThat(problems(IpListParser.load(List.of(latin1))))
        .containsExactly(
            latin1 + ":1: not UTF-8 text",
            latin1 + ":2: not UTF-8 text",
            latin1 + ":3: not UTF-8 text");
    assertThat(problems(IpListParser.load(List.of(control))).getFirst())
        .contains("'198.51.100.7?[31m'");
  }

  @Test
  void refusesAMissingFile() {
    Path missing = dir.resolve("missing.txt");

    assertThat(problems(IpListParser.load(List.of(missing))).getFirst())
        .startsWith(missing + ": cannot be read");
  }

  @Test
  void anEmptyFileIsAnEmptyList() throws IOException {
    IpList list = loaded(IpListParser.load(List.of(file("empty.txt", "# nothing yet\n"))));

    assertThat(list.isEmpty()).isTrue();
  }
}
