package io.rampart.ipintel.internal;

import io.rampart.ipintel.IpDataKind;
import io.rampart.ipintel.IpDataSettings;
import io.rampart.ipintel.IpDataStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Finds the files the settings name, and reads and checks all of them: a file that is missing,
 * unreadable, malformed or of another kind of database refuses the whole set, so data is never half
 * loaded.
 */
public final class IpDataLoader {
  /** How many of a database's first records are decoded to check its kind. */
  private static final int SAMPLE = 100;

  private IpDataLoader() {}

  /** The files in use for each kind, in order, with their stamps. */
  public static List<FileStamp> resolve(IpDataSettings settings) {
    List<FileStamp> stamps = new ArrayList<>();
    for (IpDataKind kind : IpDataKind.values()) {
      List<Path> configured = settings.configured(kind);
      if (!configured.isEmpty()) {
        configured.forEach(path -> stamps.add(FileStamp.of(kind, path)));
        continue;
      }
      for (String name : kind.defaultFileNames()) {
        Path path = settings.directory().resolve(name);
        if (Files.isRegularFile(path)) {
          stamps.add(FileStamp.of(kind, path));
        }
      }
    }
    return List.copyOf(stamps);
  }

  /** A loaded set, or the problems that refused it. */
  public sealed interface Result {
    record Loaded(IpData data, IpDataStatus status) implements Result {}

    record Refused(List<String> problems) implements Result {}
  }

  /** Reads the files of {@code stamps}; lookup errors are counted in {@code errors}. */
  public static Result load(List<FileStamp> stamps, LongAdder errors) {
    Map<IpDataKind, List<Path>> files = new EnumMap<>(IpDataKind.class);
    stamps.forEach(s -> files.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.path()));
    var loading = new Loading();
    for (FileStamp stamp : stamps) {
      if (stamp.size() < 0 || !Files.isRegularFile(stamp.path())) {
        loading.problems.add(stamp.kind().label() + " " + stamp.path() + ": no such file");
      }
    }
    if (!loading.problems.isEmpty()) {
      return new Result.Refused(loading.problems);
    }
    List<MmdbFile> countries = loading.databases(files, IpDataKind.COUNTRY, Checks.COUNTRY);
    List<AsnSource> asns = loading.asns(files.getOrDefault(IpDataKind.ASN, List.of()));
    List<MmdbFile> cities = loading.databases(files, IpDataKind.CITY, Checks.CITY);
    List<MmdbFile> anonymous = loading.databases(files, IpDataKind.ANONYMOUS_IP, Checks.ANONYMOUS);
    IpList anonymising = loading.list(files, IpDataKind.ANONYMISING_LIST);
    IpList hosting = loading.list(files, IpDataKind.HOSTING_LIST);
    IpList knownBad = loading.list(files, IpDataKind.KNOWN_BAD_LIST);
    if (!loading.problems.isEmpty()) {
      return new Result.Refused(loading.problems);
    }
    var data =
        new IpData(countries, asns, cities, anonymous, anonymising, hosting, knownBad, errors);
    return new Result.Loaded(data, new IpDataStatus(loading.loaded, loading.heapBytes));
  }

  /** How a database of each kind is recognised: at least one of its first records passes. */
  private record Check<T>(Class<T> type, Predicate<T> test, String expectation) {}

  private static final class Checks {
    static final Check<GeoRecord> COUNTRY =
        new Check<>(
            GeoRecord.class,
            r -> r.countryOrNull() != null,
            "a country code (country_code or country.iso_code)");
    static final Check<GeoRecord> CITY =
        new Check<>(
            GeoRecord.class,
            r -> r.coordinatesOrNull() != null,
            "coordinates (latitude and longitude, or location)");
    static final Check<AsnRecord> ASN =
        new Check<>(
            AsnRecord.class, r -> r.number() != null, "an AS number (autonomous_system_number)");
    static final Check<AnonymousIpRecord> ANONYMOUS =
        new Check<>(
            AnonymousIpRecord.class,
            AnonymousIpRecord::hasFlags,
            "anonymity flags (is_anonymous, is_hosting_provider, ...)");

    private Checks() {}
  }

  /** The state of one load: what has been read so far, and every problem found. */
  private static final class Loading {
    final List<String> problems = new ArrayList<>();
    final List<IpDataStatus.LoadedFile> loaded = new ArrayList<>();
    long heapBytes;

    <T> List<MmdbFile> databases(
        Map<IpDataKind, List<Path>> files, IpDataKind kind, Check<T> check) {
      List<MmdbFile> databases = new ArrayList<>();
      for (Path path : files.getOrDefault(kind, List.of())) {
        MmdbFile file = database(kind, path, check);
        if (file != null) {
          databases.add(file);
          loaded.add(new IpDataStatus.LoadedFile(kind, path, file.describe()));
        }
      }
      return databases;
    }

    <T> MmdbFile database(IpDataKind kind, Path path, Check<T> check) {
      String label = kind.label() + " " + path;
      MmdbFile file;
      try {
        file = MmdbFile.open(path);
      } catch (IOException | RuntimeException e) {
        problems.add(label + ": not a MaxMind DB file (" + e.getMessage() + ")");
        return null;
      }
      try {
        List<T> records = file.firstRecords(check.type(), SAMPLE);
        if (records.stream().noneMatch(check.test())) {
          problems.add(
              label
                  + ": none of its first records has "
                  + check.expectation()
                  + "; is it a "
                  + kind.label()
                  + "?");
          return null;
        }
      } catch (IOException e) {
        problems.add(label + ": its records do not read (" + e.getMessage() + ")");
        return null;
      }
      return file;
    }

    List<AsnSource> asns(List<Path> paths) {
      List<AsnSource> sources = new ArrayList<>();
      for (Path path : paths) {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
          switch (AsnTable.load(path)) {
            case FileLoad.Ok<AsnTable>(AsnTable table, String summary) -> {
              sources.add(table);
              heapBytes += table.heapBytes();
              loaded.add(new IpDataStatus.LoadedFile(IpDataKind.ASN, path, summary));
            }
            case FileLoad.Bad<AsnTable>(List<String> bad) -> problems.addAll(bad);
          }
          continue;
        }
        MmdbFile file = database(IpDataKind.ASN, path, Checks.ASN);
        if (file != null) {
          sources.add(new MmdbAsn(file));
          loaded.add(new IpDataStatus.LoadedFile(IpDataKind.ASN, path, file.describe()));
        }
      }
      return sources;
    }

    IpList list(Map<IpDataKind, List<Path>> files, IpDataKind kind) {
      List<Path> paths = files.getOrDefault(kind, List.of());
      if (paths.isEmpty()) {
        return IpList.EMPTY;
      }
      switch (IpListParser.load(paths)) {
        case FileLoad.Ok<IpListParser.Parsed>(IpListParser.Parsed parsed, String summary) -> {
          heapBytes += parsed.list().heapBytes();
          for (int i = 0; i < paths.size(); i++) {
            String entries = String.format("%,d entries", parsed.entriesPerFile().get(i));
            loaded.add(
                new IpDataStatus.LoadedFile(
                    kind,
                    paths.get(i),
                    kind.label() + ", " + entries + "; the list has " + summary));
          }
          return parsed.list();
        }
        case FileLoad.Bad<IpListParser.Parsed>(List<String> bad) -> {
          bad.forEach(p -> problems.add(kind.label() + " " + p));
          return IpList.EMPTY;
        }
      }
    }
  }
}
