package io.rampart.server.security;

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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's bearer token, kept in {@code <data dir>/operator-token}: made on first start (32
 * random bytes, base64url), readable by the owner only, reused afterwards. The token itself is
 * never logged; only the file's path is.
 */
public final class OperatorToken {
  /**
   * The credential's name: its file under the data directory, and the operator's name in audit
   * records until staff accounts exist.
   */
  public static final String NAME = "operator-token";

  private static final Logger log = LoggerFactory.getLogger(OperatorToken.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final byte[] token;

  private OperatorToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads the token file under {@code dataDir}, creating it first if it does not exist. */
  public static OperatorToken loadOrCreate(Path dataDir, SecureRandom random) {
    Path file = dataDir.resolve(NAME);
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(file)) {
        create(file, random);
        log.info("Generated the operator token into {} (readable by its owner only)", file);
      } else {
        restrict(file);
        log.info("Using the operator token in {}", file);
      }
      String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (value.length() < 32) {
        throw new IllegalStateException(
            "The operator token in " + file + " is too short; delete the file to make a new one");
      }
      return new OperatorToken(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the operator token in " + file, e);
    }
  }

  /** Compares in constant time. */
  public boolean matches(String presented) {
    if (presented == null) return false;
    return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "OperatorToken[***]";
  }

  private static void create(Path file, SecureRandom random) throws IOException {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Path temp = file.resolveSibling(NAME + ".tmp");
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
