package io.rampart.screening;

import io.rampart.audit.AuditTrail;
import io.rampart.audit.InMemoryAuditStore;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.MutableClock;
import io.rampart.kernel.TransactionRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Screening over in-memory ports and the project's own list fixtures (fictional entries in the real
 * formats, under {@code io/rampart/screening/lists} on the test class path), plus access to the
 * real lists in {@code shared/data/sanctions} when they are present.
 */
public final class ScreeningFixture {
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String ROOT = "/io/rampart/screening/lists/";

  public final MutableClock clock = new MutableClock(START);
  public final InMemoryAlertStore alerts = new InMemoryAlertStore();
  public final InMemoryCustomerRegistry customers = new InMemoryCustomerRegistry();
  public final InMemoryListStateStore listStates = new InMemoryListStateStore();
  public final InMemoryAuditStore auditStore = new InMemoryAuditStore();
  public final AuditTrail audit = new AuditTrail(auditStore, clock);
  public final Screening screening;

  public ScreeningFixture() {
    this(ScreeningSettings.defaults(), ChainAnalytics.NONE);
  }

  public ScreeningFixture(ScreeningSettings settings, ChainAnalytics analytics) {
    screening =
        new Screening(
            new ScreeningPorts(
                alerts, customers, listStates, analytics, TransactionRunner.DIRECT, audit),
            settings,
            clock,
            IdGenerator.timeOrdered(clock, new Random(42)));
  }

  /** This fixture with the project's fixture lists loaded. */
  public ScreeningFixture loaded() {
    ReloadReport report =
        screening.reload(sources(), io.rampart.audit.Actor.SYSTEM, null).orElseThrow();
    if (report.anyRefused()) throw new IllegalStateException("fixture lists refused: " + report);
    return this;
  }

  /** The fixture lists: OFAC CSV, UN XML, an exchange CSV and two address lists. */
  public static List<ListSource> sources() {
    return List.of(
        new ListSource(
            "ofac-sdn",
            ListFormat.OFAC_SDN_CSV,
            List.of(
                resource("ofac/sdn.csv"),
                resource("ofac/alt.csv"),
                resource("ofac/add.csv"),
                resource("ofac/sdn_comments.csv"))),
        new ListSource(
            "un", ListFormat.UN_CONSOLIDATED_XML, List.of(resource("un/consolidated.xml"))),
        new ListSource(
            "exchange", ListFormat.EXCHANGE_CSV, List.of(resource("exchange/internal.csv"))),
        new ListSource(
            "addresses-eth",
            ListFormat.ADDRESS_LIST,
            List.of(resource("addresses/sanctioned_addresses_ETH.txt")),
            "ETH"),
        new ListSource(
            "addresses-xbt",
            ListFormat.ADDRESS_LIST,
            List.of(resource("addresses/sanctioned_addresses_XBT.txt")),
            "XBT"));
  }

  /** One fixture document, read from the test class path. */
  public static ListDocument resource(String path) {
    return text(path.substring(path.lastIndexOf('/') + 1), read(path));
  }

  /** The bytes of a fixture document. */
  public static byte[] read(String path) {
    try (InputStream in = ScreeningFixture.class.getResourceAsStream(ROOT + path)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document with the given content. */
  public static ListDocument text(String name, byte[] content) {
    return new ListDocument() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new java.io.ByteArrayInputStream(content);
      }

      @Override
      public String location() {
        return "memory:" + name;
      }
    };
  }

  public static ListDocument text(String name, String content) {
    return text(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A document that cannot be read. */
  public static ListDocument unreadable(String name) {
    return new ListDocument() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        throw new IOException("connection refused");
      }

      @Override
      public String location() {
        return "https://lists.example/" + name;
      }
    };
  }

  /**
   * The folder of real lists ({@code shared/data/sanctions}, found beside the project or above it),
   * if present.
   */
  public static Optional<Path> realLists() {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/sanctions");
      if (Files.isDirectory(candidate.resolve("ofac"))
          && Files.isDirectory(candidate.resolve("un"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The real lists as sources: OFAC's CSV set, the UN XML, and every address file. */
  public static List<ListSource> realSources(Path dir) {
    List<ListSource> sources = new ArrayList<>();
    Path ofac = dir.resolve("ofac");
    sources.add(
        new ListSource(
            "ofac-sdn",
            ListFormat.OFAC_SDN_CSV,
            Stream.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")
                .map(ofac::resolve)
                .filter(Files::exists)
                .map(ListDocument::file)
                .toList()));
    sources.add(
        new ListSource(
            "un",
            ListFormat.UN_CONSOLIDATED_XML,
            List.of(ListDocument.file(dir.resolve("un/consolidated.xml")))));
    try (Stream<Path> files = Files.list(dir.resolve("addresses"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.startsWith("sanctioned_addresses_") || !name.endsWith(".txt")) continue;
        String asset = name.substring("sanctioned_addresses_".length(), name.length() - 4);
        sources.add(
            new ListSource(
                "addresses-" + asset.toLowerCase(java.util.Locale.ROOT),
                ListFormat.ADDRESS_LIST,
                List.of(ListDocument.file(f)),
                asset));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }
}
