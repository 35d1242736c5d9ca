package io.rampart.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went, from Linux's {@code /proc}: this load generator's process, the
 * server's JVM, the embedded PostgreSQL's processes (found by their data directory), and the whole
 * machine (so what other processes took is known too), with the load average. Elsewhere than on
 * Linux every figure but the generator's is unknown ({@code NaN}).
 */
final class CpuMeter {
  /** Linux's USER_HZ: the unit of the times in {@code /proc}. */
  private static final double TICKS_PER_SECOND = 100;

  /** Cumulative CPU seconds at one moment, and the one-minute load average then. */
  record Sample(
      double generator, double server, double postgres, double machineBusy, double load) {}

  /** What happened between two samples, per second of wall-clock time and per call. */
  record Share(
      double seconds, double generator, double server, double postgres, double other, double load) {
    /** CPU microseconds per call of the generator, the server and PostgreSQL. */
    String perCall(long calls) {
      return calls == 0
          ? "n/a"
          : "%.0f / %.0f / %.0f"
              .formatted(
                  generator * 1e6 / calls * seconds,
                  server * 1e6 / calls * seconds,
                  postgres * 1e6 / calls * seconds);
    }

    /** Cores busy on average: generator, server, PostgreSQL, everything else. */
    String cores() {
      return "%.2f / %.2f / %.2f / %.2f".formatted(generator, server, postgres, other);
    }
  }

  private final long serverPid;
  private final String postgresDirectory;
  private final OperatingSystemMXBean self =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  CpuMeter(long serverPid, Path postgresDirectory) {
    this.serverPid = serverPid;
    this.postgresDirectory = postgresDirectory.toAbsolutePath().normalize().toString();
  }

  Sample sample() {
    return new Sample(
        self.getProcessCpuTime() / 1e9,
        processSeconds(serverPid, false),
        postgresSeconds(),
        machineBusySeconds(),
        loadAverage());
  }

  static Share between(Sample a, Sample b, double seconds) {
    double generator = (b.generator() - a.generator()) / seconds;
    double server = (b.server() - a.server()) / seconds;
    double postgres = (b.postgres() - a.postgres()) / seconds;
    double machine = (b.machineBusy() - a.machineBusy()) / seconds;
    return new Share(
        seconds,
        generator,
        server,
        postgres,
        machine - generator - server - postgres,
        Math.max(a.load(), b.load()));
  }

  /** The one-minute load average now. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The postmaster whose command line names the data directory, and its children. */
  private double postgresSeconds() {
    List<Long> postmasters = new ArrayList<>();
    List<long[]> parents = new ArrayList<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path p : processes.toList()) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long pid = Long.parseLong(name);
        try {
          String commandLine =
              new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
          if (commandLine.contains(postgresDirectory) && commandLine.contains("postgres")) {
            postmasters.add(pid);
          }
          String[] stat = stat(pid);
          parents.add(new long[] {pid, Long.parseLong(stat[1])});
        } catch (IOException | RuntimeException gone) {
          // The process ended while being looked at.
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    double seconds = 0;
    for (long postmaster : postmasters) {
      seconds += processSeconds(postmaster, true);
      for (long[] pp : parents) {
        if (pp[1] == postmaster) {
          seconds += processSeconds(pp[0], false);
        }
      }
    }
    return seconds;
  }

  /**
   * User and system time of a process, with that of its ended children when {@code reaped} (a
   * postmaster's backends that have exited).
   */
  private static double processSeconds(long pid, boolean reaped) {
    try {
      String[] f = stat(pid);
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      if (reaped) {
        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
      }
      return ticks / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The fields of {@code /proc/<pid>/stat} after the command name, from the state on. */
  private static String[] stat(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  private static double machineBusySeconds() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(f[i]);
      }
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
