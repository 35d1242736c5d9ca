package io.rampart.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret kept in a file under the data directory, readable by its owner only: written on first
 * start (atomically, so a crash never leaves half a secret), reused afterwards, and restricted to
 * its owner again if someone widened its mode. Only the file's path is ever logged. The operator
 * token, the MFA key and the embedded database's password are kept this way.
 */
public final class OwnerOnlyFile {
  private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFile() {}

  /**
   * The file's content without surrounding whitespace, after creating it with {@code newValue} if
   * it does not exist.
   *
   * @param what what the secret is, for log and error messages
   */
  public static String readOrCreate(Path file, Supplier<String> newValue, String what) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        create(file, newValue.get());
        log.info("Generated the {} into {} (readable by its owner only)", what, file);
      } else {
        restrict(file);
        log.info("Using the {} in {}", what, file);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the " + what + " in " + file, e);
    }
  }

  private static void create(Path file, String value) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    if (posix()) {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(temp);
    }
    Files.writeString(temp, value + "\n", StandardCharsets.US_ASCII);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file);
    }
  }

  private static void restrict(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      log.warn("{} was readable by others; restricting it to its owner", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
