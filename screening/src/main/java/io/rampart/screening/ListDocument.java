package io.rampart.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a list, opened afresh at every load. Implemented by the host (a file path, a URL);
 * screening never opens files or connections itself.
 *
 * <p>Contract: {@link #open} returns a new stream positioned at the start, which the caller closes;
 * it throws {@link IOException} if the document cannot be read, which refuses the list's load.
 */
public interface ListDocument {
  /** The document's file name, such as {@code sdn.csv}: it tells the parts of a list apart. */
  String name();

  InputStream open() throws IOException;

  /** Where it comes from, for reports (a path or URL); never a credential. */
  String location();

  /** A document read from a file, named after it. */
  static ListDocument file(Path path) {
    Objects.requireNonNull(path, "path");
    return new ListDocument() {
      @Override
      public String name() {
        return path.getFileName().toString();
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(path);
      }

      @Override
      public String location() {
        return path.toString();
      }

      @Override
      public String toString() {
        return "ListDocument[" + path + "]";
      }
    };
  }
}
