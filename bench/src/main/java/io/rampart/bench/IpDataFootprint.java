package io.rampart.bench;

import io.rampart.ipintel.FileIpIntelligence;
import io.rampart.ipintel.IpDataStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory the real IP data takes once loaded: heap retained (measured around the load, after
 * collections) and the memory-mapped database files, which live outside the heap and are paged in
 * by the operating system as lookups touch them.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.rampart.bench.IpDataFootprint [data/ip]</pre>
 */
public final class IpDataFootprint {
  private IpDataFootprint() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/ip");
    long before = heapAfterCollections();
    long start = System.nanoTime();
    FileIpIntelligence intelligence = IpLookupBenchmark.open(dir, true, 0);
    long loadMillis = (System.nanoTime() - start) / 1_000_000;
    long after = heapAfterCollections();
    long mapped = 0;
    for (IpDataStatus.LoadedFile file : intelligence.status().files()) {
      if (file.path().toString().endsWith(".mmdb")) {
        mapped += Files.size(file.path());
      }
      System.out.printf("%-16s %s: %s%n", file.kind(), file.path(), file.summary());
    }
    System.out.printf("load time                 %,d ms%n", loadMillis);
    System.out.printf("heap retained (measured)  %,.1f MB%n", (after - before) / 1e6);
    System.out.printf(
        "heap (arrays, estimated)  %,.1f MB%n", intelligence.status().heapBytes() / 1e6);
    System.out.printf("memory-mapped files       %,.1f MB%n", mapped / 1e6);
    // Keep the data reachable until measured.
    System.out.println(intelligence.lookup("8.8.8.8"));
  }

  private static long heapAfterCollections() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
