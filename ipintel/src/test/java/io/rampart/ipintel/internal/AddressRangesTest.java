package io.rampart.ipintel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.risk.IpAddress;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

  private static IpAddress ip(String text) {
    return IpAddress.parse(text);
  }

  private static AddressRanges.Builder builder(String... blocks) {
    var builder = new AddressRanges.Builder();
    int value = 0;
    for (String block : blocks) {
      int slash = block.indexOf('/');
      builder.addNetwork(
          ip(block.substring(0, slash)), Integer.parseInt(block.substring(slash + 1)), value++);
    }
    return builder;
  }

  @Test
  void findsTheRangeHoldingAnAddressAtItsEdgesAndNothingOutside() {
    var ranges = builder("198.51.100.0/24", "2001:db8::/32").firstWins();

    assertThat(ranges.find(ip("198.51.100.0"))).isZero();
    assertThat(ranges.find(ip("198.51.100.255"))).isZero();
    assertThat(ranges.find(ip("198.51.99.255"))).isEqualTo(AddressRanges.ABSENT);
    assertThat(ranges.find(ip("198.51.101.0"))).isEqualTo(AddressRanges.ABSENT);
    assertThat(ranges.find(ip("2001:db8::"))).isEqualTo(1);
    assertThat(ranges.find(ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isEqualTo(1);
    assertThat(ranges.find(ip("2001:db9::"))).isEqualTo(AddressRanges.ABSENT);
    assertThat(ranges.find(ip("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")))
        .isEqualTo(AddressRanges.ABSENT);
  }

  @Test
  void keepsTheFamiliesApart() {
    var ranges = builder("0.0.0.0/0").union();

    assertThat(ranges.find(ip("255.255.255.255"))).isZero();
    assertThat(ranges.find(ip("::1"))).isEqualTo(AddressRanges.ABSENT);
  }

  @Test
  void comparesTheUpperHalfOfTheAddressSpaceUnsigned() {
    var ranges = builder("128.0.0.0/1", "8000::/1").union();

    assertThat(ranges.find(ip("255.255.255.255"))).isZero();
    assertThat(ranges.find(ip("127.255.255.255"))).isEqualTo(AddressRanges.ABSENT);
    assertThat(ranges.find(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))).isZero();
    assertThat(ranges.find(ip("7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")))
        .isEqualTo(AddressRanges.ABSENT);
  }

  @Test
  void aUnionMergesOverlappingAndAdjacentRanges() {
    var ranges =
        builder(
                "198.51.100.0/25",
                "198.51.100.128/25",
                "198.51.100.7/32",
                "203.0.113.0/24",
                "203.0.113.64/26",
                "255.255.255.0/24",
                "255.255.255.255/32",
                "2001:db8::/64",
                "2001:db8:0:1::/64",
                "ffff::/16")
            .union();

    assertThat(ranges.size()).isEqualTo(5);
    assertThat(ranges.find(ip("198.51.100.200"))).isZero();
  }

  @Test
  void firstWinsShortensALaterOverlappingRangeAndDropsOneInside() {
    var builder = new AddressRanges.Builder();
    builder.add(ip("214.95.0.0"), ip("215.0.255.255"), 749);
    builder.add(ip("215.0.0.0"), ip("215.1.3.255"), 721);
    builder.add(ip("214.96.0.0"), ip("214.96.0.255"), 5);
    var ranges = builder.firstWins();

    assertThat(ranges.clipped()).isEqualTo(2);
    assertThat(ranges.find(ip("215.0.0.1"))).isEqualTo(749);
    assertThat(ranges.find(ip("214.96.0.1"))).isEqualTo(749);
    assertThat(ranges.find(ip("215.1.0.0"))).isEqualTo(721);
  }

  @Test
  void firstWinsGivesAddressesSharedByRangesStartingTogetherToTheOneAddedFirst() {
    var builder = new AddressRanges.Builder();
    builder.add(ip("203.0.113.0"), ip("203.0.113.255"), 2);
    builder.add(ip("198.51.100.0"), ip("198.51.100.255"), 1);
    builder.add(ip("198.51.100.0"), ip("198.51.100.127"), 9);
    var ranges = builder.firstWins();

    assertThat(ranges.find(ip("198.51.100.1"))).isEqualTo(1);
    assertThat(ranges.find(ip("203.0.113.1"))).isEqualTo(2);
  }

  @Test
  void refusesARangeThatRunsBackwardsOrAcrossFamilies() {
    var builder = new AddressRanges.Builder();

    assertThatThrownBy(() -> builder.add(ip("198.51.100.9"), ip("198.51.100.1"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.add(ip("198.51.100.1"), ip("2001:db8::1"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agreesWithAPlainScanOnRandomBlocks() {
    var random = new Random(11);
    var builder = new AddressRanges.Builder();
    var blocks = new TreeMap<Long, Long>();
    for (int i = 0; i < 2_000; i++) {
      long start = random.nextLong(1L << 32);
      int prefix = 8 + random.nextInt(25);
      IpAddress network = IpAddress.v4(start).networkStart(prefix);
      builder.addNetwork(network, prefix, 0);
      blocks.merge(network.lo(), IpAddress.v4(start).networkEnd(prefix).lo(), Math::max);
    }
    var ranges = builder.union();
    for (int i = 0; i < 20_000; i++) {
      long probe = random.nextLong(1L << 32);
      boolean inside =
          blocks.headMap(probe, true).entrySet().stream().anyMatch(b -> probe <= b.getValue());
      assertThat(ranges.find(IpAddress.v4(probe)) != AddressRanges.ABSENT)
          .as(IpAddress.v4(probe).toString())
          .isEqualTo(inside);
    }
  }
}
