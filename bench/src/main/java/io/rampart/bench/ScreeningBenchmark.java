package io.rampart.bench;

import io.rampart.audit.Actor;
import io.rampart.screening.AddressQuery;
import io.rampart.screening.ChainAnalytics;
import io.rampart.screening.ListEntry;
import io.rampart.screening.NameQuery;
import io.rampart.screening.PartyType;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.Screening;
import io.rampart.screening.ScreeningFixture;
import io.rampart.screening.ScreeningOutcome;
import io.rampart.screening.ScreeningSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name and address screening in-process over the full OFAC and UN lists and every address list in
 * {@code shared/data/sanctions} (or {@code -Drampart.sanctions=<dir>}), through the real {@link
 * Screening} facade on in-memory ports. Names cycle through 4,000 queries from the labelled set of
 * docs/screening.md (its positives and negatives, in Latin, Cyrillic, Arabic, Chinese and Korean
 * script); addresses through every listed address (EVM ones also in upper case) and two valid
 * unlisted ones, each checked for its network's format and checksum. The floors do the least any
 * screening must: {@code nameFloor} lower-cases the name, drops marks and punctuation, and looks
 * the whole of it up in a set of every listed name treated the same way (no transliteration, no
 * fuzziness); {@code addressFloor} looks the address up in a hash map as given.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(2)
public class ScreeningBenchmark {
  private static final int NAMES = 4000;

  private Screening screening;
  private NameQuery[] names;
  private AddressQuery[] addresses;
  private Set<String> listedNames;
  private Map<String, String> listedAddresses;

  /** Each thread's position in the query cycles. */
  @State(Scope.Thread)
  public static class Cursor {
    int name;
    int address;
  }

  @Setup
  public void setUp() throws Exception {
    Path dir = lists();
    ScreeningSettings d = ScreeningSettings.defaults();
    screening = new ScreeningFixture(d, ChainAnalytics.NONE).screening;
    ReloadReport report =
        screening.reload(ScreeningFixture.realSources(dir), Actor.SYSTEM, null).orElseThrow();
    if (report.anyRefused()) throw new IllegalStateException("lists refused: " + report);

    List<ListEntry> pool = new ArrayList<>();
    for (String list : List.of("ofac-sdn", "un")) pool.addAll(screening.entries(list));
    pool.removeIf(e -> e.type() != PartyType.PERSON && e.type() != PartyType.ORGANISATION);
    Collections.shuffle(pool, new Random(7));
    LabelledNames generator = new LabelledNames(7);
    List<String> queries = new ArrayList<>();
    for (ListEntry e : pool) {
      for (LabelledNames.Positive p : generator.positives(e)) queries.add(p.query());
      if (queries.size() >= NAMES / 2) break;
    }
    queries.addAll(generator.negatives(NAMES - queries.size()));
    Collections.shuffle(queries, new Random(7));
    names = queries.stream().map(NameQuery::of).toArray(NameQuery[]::new);

    listedNames = new HashSet<>();
    for (ListEntry e : pool) e.names().forEach(n -> listedNames.add(normalised(n.name())));

    List<AddressQuery> a = new ArrayList<>();
    listedAddresses = new HashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("addresses"))) {
      for (Path f : files.sorted().toList()) {
        String asset =
            f.getFileName().toString().replace("sanctioned_addresses_", "").replace(".txt", "");
        for (String line : Files.readAllLines(f)) {
          String address = line.strip();
          if (address.isEmpty()) continue;
          listedAddresses.put(address, asset);
          a.add(new AddressQuery(asset, address));
          if (address.startsWith("0x"))
            a.add(new AddressQuery(asset, address.toUpperCase(Locale.ROOT).replace("0X", "0x")));
        }
      }
    }
    a.add(new AddressQuery("ETH", "0x3333333333333333333333333333333333333333"));
    a.add(new AddressQuery("BTC", "bc1qurg4q4a3txv8l9xvwsgaw9l3g4um92sss8evyj"));
    Collections.shuffle(a, new Random(7));
    addresses = a.toArray(AddressQuery[]::new);
    for (NameQuery q : names) check(screening.screenName(q));
    for (AddressQuery q : addresses) check(screening.screenAddress(q));
  }

  static Path lists() {
    String configured = System.getProperty("rampart.sanctions");
    if (configured != null) return Path.of(configured);
    return ScreeningFixture.realLists()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no shared/data/sanctions found; pass -Drampart.sanctions=<dir>"));
  }

  private static void check(ScreeningOutcome<?> outcome) {
    if (!(outcome instanceof ScreeningOutcome.Screened<?>)) {
      throw new IllegalStateException("a benchmark query was not screened: " + outcome);
    }
  }

  /** Lower case, marks and punctuation dropped: the least any comparison of names does. */
  private static String normalised(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  @Benchmark
  public Object screenName(Cursor cursor) {
    NameQuery q = names[cursor.name];
    cursor.name = (cursor.name + 1) % names.length;
    return screening.screenName(q);
  }

  @Benchmark
  public boolean nameFloor(Cursor cursor) {
    NameQuery q = names[cursor.name];
    cursor.name = (cursor.name + 1) % names.length;
    return listedNames.contains(normalised(q.name()));
  }

  @Benchmark
  public Object screenAddress(Cursor cursor) {
    AddressQuery q = addresses[cursor.address];
    cursor.address = (cursor.address + 1) % addresses.length;
    return screening.screenAddress(q);
  }

  @Benchmark
  public String addressFloor(Cursor cursor) {
    AddressQuery q = addresses[cursor.address];
    cursor.address = (cursor.address + 1) % addresses.length;
    return listedAddresses.get(q.address());
  }
}
