package io.rampart.ipintel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What IP intelligence has loaded: each file with a one-line summary, and the heap the loaded data
 * holds (memory-mapped databases are outside the heap).
 */
public record IpDataStatus(List<LoadedFile> files, long heapBytes) {
  public IpDataStatus {
    files = List.copyOf(files);
  }

  /** One file in use. */
  public record LoadedFile(IpDataKind kind, Path path, String summary) {
    public LoadedFile {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** Whether any file of {@code kind} is in use. */
  public boolean has(IpDataKind kind) {
    return files.stream().anyMatch(f -> f.kind() == kind);
  }
}
