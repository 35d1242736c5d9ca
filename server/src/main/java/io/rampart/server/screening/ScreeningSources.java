package io.rampart.server.screening;

import io.rampart.screening.ListDocument;
import io.rampart.screening.ListFormat;
import io.rampart.screening.ListSource;
import io.rampart.server.config.RampartProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lists to load, worked out afresh at every reload: those named in {@code
 * rampart.screening.lists}, then those found in {@code rampart.sanctions-dir}:
 *
 * <ul>
 *   <li>{@code ofac/sdn.csv} with whichever of {@code alt.csv}, {@code add.csv} and {@code
 *       sdn_comments.csv} are beside it: the list {@code ofac-sdn};
 *   <li>every {@code un/*.xml}: {@code un} (or {@code un-<file>} when there are several);
 *   <li>every {@code addresses/sanctioned_addresses_<ASSET>.txt} (or {@code <ASSET>.txt}): {@code
 *       addresses-<asset>};
 *   <li>every {@code exchange/*.csv}: {@code exchange-<file>}.
 * </ul>
 *
 * A list named in configuration wins over a folder list of the same name.
 */
public final class ScreeningSources {
  private static final Pattern ADDRESS_FILE =
      Pattern.compile("(?:sanctioned_addresses_)?([A-Za-z0-9]{2,12})\\.txt");

  private final RampartProperties.Screening settings;
  private final Path folder;
  private final HttpClient http;

  public ScreeningSources(RampartProperties properties) {
    this.settings = properties.screening();
    this.folder = properties.sanctionsDir();
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(settings.fetchTimeout())
            .build();
  }

  /** Whether any list is configured at all. */
  public boolean configured() {
    return !settings.lists().isEmpty() || folder != null;
  }

  /** The sources as configured now. */
  public List<ListSource> sources() {
    List<ListSource> sources = new ArrayList<>();
    for (RampartProperties.ListConfig list : settings.lists()) {
      List<ListDocument> documents = new ArrayList<>();
      for (String location : list.locations()) documents.add(document(location));
      sources.add(new ListSource(list.name(), list.format(), documents, list.asset()));
    }
    if (folder != null) {
      for (ListSource found : fromFolder(folder)) {
        if (sources.stream().noneMatch(s -> s.name().equals(found.name()))) sources.add(found);
      }
    }
    return sources;
  }

  private ListDocument document(String location) {
    if (location.startsWith("https://") || location.startsWith("http://")) {
      return new UrlDocument(URI.create(location), http, settings.fetchTimeout());
    }
    return ListDocument.file(Path.of(location));
  }

  /** The lists in a folder laid out like {@code shared/data/sanctions}. */
  static List<ListSource> fromFolder(Path folder) {
    List<ListSource> sources = new ArrayList<>();
    Path ofac = folder.resolve("ofac");
    if (Files.isRegularFile(ofac.resolve("sdn.csv"))) {
      List<ListDocument> documents = new ArrayList<>();
      for (String file : List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")) {
        if (Files.isRegularFile(ofac.resolve(file)))
          documents.add(ListDocument.file(ofac.resolve(file)));
      }
      sources.add(new ListSource("ofac-sdn", ListFormat.OFAC_SDN_CSV, documents));
    }
    List<Path> un = files(folder.resolve("un"), ".xml");
    for (Path file : un) {
      String name = un.size() == 1 ? "un" : "un-" + stem(file);
      sources.add(
          new ListSource(name, ListFormat.UN_CONSOLIDATED_XML, List.of(ListDocument.file(file))));
    }
    for (Path file : files(folder.resolve("addresses"), ".txt")) {
      Matcher m = ADDRESS_FILE.matcher(file.getFileName().toString());
      if (!m.matches()) continue;
      String asset = m.group(1).toUpperCase(Locale.ROOT);
      sources.add(
          new ListSource(
              "addresses-" + asset.toLowerCase(Locale.ROOT),
              ListFormat.ADDRESS_LIST,
              List.of(ListDocument.file(file)),
              asset));
    }
    for (Path file : files(folder.resolve("exchange"), ".csv")) {
      sources.add(
          new ListSource(
              "exchange-" + stem(file), ListFormat.EXCHANGE_CSV, List.of(ListDocument.file(file))));
    }
    return sources;
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    String stem =
        name.substring(0, name.lastIndexOf('.'))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]", "-");
    return stem.length() > 38 ? stem.substring(0, 38) : stem;
  }
}
