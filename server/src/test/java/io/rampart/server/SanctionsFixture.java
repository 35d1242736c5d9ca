package io.rampart.server;

import io.rampart.screening.ScreeningFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sanctions folder of the integration tests, {@value #DIRECTORY}, laid out like {@code
 * shared/data/sanctions}: the screening module's fixture lists (fictional entries in the real
 * formats) are copied into it afresh once per test JVM, before any Spring context starts. Tests
 * that add a list to it remove it again and reload.
 */
public final class SanctionsFixture {
  public static final String DIRECTORY = "target/it-sanctions";

  private static final List<String> FILES =
      List.of(
          "ofac/sdn.csv",
          "ofac/alt.csv",
          "ofac/add.csv",
          "ofac/sdn_comments.csv",
          "un/consolidated.xml",
          "exchange/internal.csv",
          "addresses/sanctioned_addresses_ETH.txt",
          "addresses/sanctioned_addresses_XBT.txt");

  private static boolean prepared;

  private SanctionsFixture() {}

  public static Path directory() {
    return Path.of(DIRECTORY).toAbsolutePath();
  }

  static synchronized void prepare() {
    if (prepared) return;
    Path root = directory();
    try {
      if (Files.exists(root)) {
        try (Stream<Path> paths = Files.walk(root)) {
          for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
      }
      for (String file : FILES) {
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        Files.write(target, ScreeningFixture.read(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + root, e);
    }
    prepared = true;
  }
}
