package io.rampart.ipintel;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where IP intelligence reads its files. A kind with files configured reads exactly those (each
 * must exist); a kind without reads those of its {@link IpDataKind#defaultFileNames} found in
 * {@code directory}, looked for again at every reload.
 *
 * @param directory where {@code scripts/fetch-ip-data.sh} puts the data
 * @param files the files configured per kind, in the order they are asked: the first that knows an
 *     address answers for it
 */
public record IpDataSettings(Path directory, Map<IpDataKind, List<Path>> files) {
  public IpDataSettings {
    Objects.requireNonNull(directory, "directory");
    var copy = new EnumMap<IpDataKind, List<Path>>(IpDataKind.class);
    files.forEach((kind, paths) -> copy.put(kind, List.copyOf(paths)));
    files = Map.copyOf(copy);
  }

  /** Default file names only, in {@code directory}. */
  public static IpDataSettings inDirectory(Path directory) {
    return new IpDataSettings(directory, Map.of());
  }

  /** These settings with {@code paths} configured for {@code kind}. */
  public IpDataSettings with(IpDataKind kind, List<Path> paths) {
    var copy = new EnumMap<IpDataKind, List<Path>>(IpDataKind.class);
    copy.putAll(files);
    copy.put(kind, paths);
    return new IpDataSettings(directory, copy);
  }

  /** The files configured for {@code kind}; empty if it uses the default names. */
  public List<Path> configured(IpDataKind kind) {
    return files.getOrDefault(kind, List.of());
  }
}
