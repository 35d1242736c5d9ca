package io.rampart.bench;

import io.rampart.audit.Actor;
import io.rampart.screening.ChainAnalytics;
import io.rampart.screening.ListDocument;
import io.rampart.screening.ListSource;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.Screening;
import io.rampart.screening.ScreeningFixture;
import io.rampart.screening.ScreeningSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loading the full lists: time to load them into an empty node, heap the loaded lists and indexes
 * hold, time for a reload that finds nothing changed, and time for a reload that must parse one
 * list again and swap in a new index (the UN list with a comment appended, so its digest changes).
 * Prints Markdown rows for docs/benchmarks.md; run with a fixed heap.
 *
 * <pre>
 * java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar io.rampart.bench.ScreeningLoad [--lists dir] [--rounds 5]
 * </pre>
 */
public final class ScreeningLoad {
  private ScreeningLoad() {}

  public static void main(String[] args) throws Exception {
    Path dir = null;
    int rounds = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--lists")) dir = Path.of(args[i + 1]);
      else if (args[i].equals("--rounds")) rounds = Integer.parseInt(args[i + 1]);
      else throw new IllegalArgumentException("unknown option " + args[i]);
    }
    if (dir == null) dir = ScreeningBenchmark.lists();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Double> firstLoads = new ArrayList<>();
    List<Double> unchanged = new ArrayList<>();
    List<Double> swaps = new ArrayList<>();
    long heap = 0;
    Screening.IndexFigures figures = null;
    for (int round = 0; round < rounds; round++) {
      long before = usedAfterGc(memory);
      Screening screening =
          new ScreeningFixture(ScreeningSettings.defaults(), ChainAnalytics.NONE).screening;
      List<ListSource> sources = ScreeningFixture.realSources(dir);
      long t0 = System.nanoTime();
      check(screening.reload(sources, Actor.SYSTEM, null).orElseThrow());
      firstLoads.add((System.nanoTime() - t0) / 1e6);
      heap = usedAfterGc(memory) - before;
      figures = screening.indexFigures();
      t0 = System.nanoTime();
      check(screening.reload(sources, Actor.SYSTEM, null).orElseThrow());
      unchanged.add((System.nanoTime() - t0) / 1e6);
      List<ListSource> changed = new ArrayList<>();
      for (ListSource s : sources) changed.add(s.name().equals("un") ? withComment(s, round) : s);
      t0 = System.nanoTime();
      ReloadReport swap = check(screening.reload(changed, Actor.SYSTEM, null).orElseThrow());
      swaps.add((System.nanoTime() - t0) / 1e6);
      if (swap.lists().stream().noneMatch(l -> l instanceof ReloadReport.Loaded)) {
        throw new IllegalStateException("the changed list was not reloaded");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "| first load of every list (parse, digest, index), median of %d | %.0f ms |%n",
        rounds,
        median(firstLoads));
    System.out.printf(
        Locale.ROOT,
        "| reload with nothing changed (read and digest only) | %.0f ms |%n",
        median(unchanged));
    System.out.printf(
        Locale.ROOT,
        "| reload with one list changed (parse it, rebuild and swap the index) | %.0f ms |%n",
        median(swaps));
    System.out.printf(
        Locale.ROOT,
        "| heap held by the loaded lists and indexes | %.0f MiB |%n",
        heap / 1048576.0);
    System.out.printf(
        Locale.ROOT,
        "| names and aliases indexed; distinct addresses | %,d; %,d |%n",
        figures.names(),
        figures.addresses());
  }

  private static ReloadReport check(ReloadReport report) {
    if (report.anyRefused()) throw new IllegalStateException("lists refused: " + report);
    return report;
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static ListSource withComment(ListSource source, int round) {
    ListDocument original = source.documents().getFirst();
    ListDocument commented =
        new ListDocument() {
          @Override
          public String name() {
            return original.name();
          }

          @Override
          public InputStream open() throws IOException {
            byte[] comment = ("\n<!-- reload " + round + " -->\n").getBytes(StandardCharsets.UTF_8);
            return new SequenceInputStream(original.open(), new ByteArrayInputStream(comment));
          }

          @Override
          public String location() {
            return original.location();
          }
        };
    return new ListSource(source.name(), source.format(), List.of(commented), source.asset());
  }
}
