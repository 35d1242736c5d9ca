package io.rampart.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a PostgreSQL server left running on a data directory by a JVM that died without closing it
 * (killed, crashed). Such a server would keep a new one from starting on the same directory.
 *
 * <p>A directory is in use by a live JVM while that JVM holds the embedded server's lock file; only
 * when nobody holds it is a server named in {@code postmaster.pid} an orphan.
 */
final class OrphanedServer {
  /** The lock file zonky's embedded PostgreSQL holds while it runs a directory. */
  private static final String LOCK_FILE = "epg-lock";

  private static final long STOP_WAIT_SECONDS = 30;

  private OrphanedServer() {}

  /**
   * @throws IllegalStateException if a live process is using the directory, or an orphaned server
   *     does not stop
   */
  static void stopIfAny(Path directory) {
    Path lockFile = directory.resolve(LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "the data directory " + directory + " is in use by another running process");
      }
      orphanOf(directory).ifPresent(OrphanedServer::stop);
    } catch (OverlappingFileLockException e) {
      throw new IllegalStateException(
          "the data directory " + directory + " is in use by this process already", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not check the data directory " + directory, e);
    }
  }

  /** The live postgres process that {@code postmaster.pid} names for this very directory. */
  private static Optional<ProcessHandle> orphanOf(Path directory) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(directory.resolve("postmaster.pid"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 2
        || !Path.of(lines.get(1).trim()).normalize().equals(directory.normalize())) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.getFirst().trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            process ->
                process
                    .info()
                    .command()
                    .map(command -> command.contains("postgres"))
                    .orElse(false));
  }

  /** Asks for a smart shutdown (SIGTERM): the dead JVM's sessions are gone, so it ends quickly. */
  private static void stop(ProcessHandle server) {
    server.destroy();
    try {
      server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping an orphaned PostgreSQL", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "an orphaned PostgreSQL (pid " + server.pid() + ") did not stop", e);
    }
  }
}
