package io.rampart.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built server jar run as its own process on 127.0.0.1, with its embedded PostgreSQL in a data
 * directory the harness owns. Only loopback is ever addressed.
 */
final class ServerProcess implements AutoCloseable {
  private final Path jar;
  private final Path dataDir;
  private final int port;
  private final List<String> options;
  private Process process;

  /**
   * @param options server settings ({@code --rampart.risk.shards=4}); those starting with {@code
   *     -J} are JVM options without the prefix ({@code -J-Xmx2g})
   */
  ServerProcess(Path jar, Path dataDir, List<String> options) throws IOException {
    this.jar = jar;
    this.dataDir = dataDir;
    this.port = freePort();
    this.options = List.copyOf(options);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  Path dataDir() {
    return dataDir;
  }

  /** The server JVM's process id, once started. */
  long pid() {
    return process.pid();
  }

  /** Starts the server and waits until it is healthy. */
  void start() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("--enable-native-access=ALL-UNNAMED");
    options.stream().filter(o -> o.startsWith("-J")).map(o -> o.substring(2)).forEach(command::add);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--rampart.data-dir=" + dataDir);
    command.add("--rampart.public-base-url=http://127.0.0.1:" + port);
    command.add("--logging.level.root=WARN");
    options.stream().filter(o -> !o.startsWith("-J")).forEach(command::add);
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()))
            .start();
    awaitHealthy();
  }

  /** {@code kill -9}: the JVM gets no chance to finish anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String operatorToken() throws IOException {
    return Files.readString(dataDir.resolve("operator-token")).strip();
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  private void awaitHealthy() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the server exited with " + process.exitValue() + "; see " + dataDir + "/server.log");
      }
      try {
        HttpResponse<Void> health =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet: try again below.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server did not become healthy within 3 minutes");
  }

  /** The server jar under server/target, or the one named. */
  static Path jar(Path named) throws IOException {
    if (named != null) {
      return named;
    }
    try (Stream<Path> jars = Files.list(Path.of("server", "target"))) {
      return jars.filter(p -> p.getFileName().toString().matches("rampart-server-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("build the server first: ./rampart build"));
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
