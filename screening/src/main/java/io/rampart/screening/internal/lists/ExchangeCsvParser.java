package io.rampart.screening.internal.lists;

import io.rampart.screening.BirthDate;
import io.rampart.screening.ListDocument;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedAddress;
import io.rampart.screening.ListedName;
import io.rampart.screening.PartyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an exchange's own list: UTF-8 CSV with a header row naming its columns, of {@code id, type,
 * name, aliases, weak_aliases, birth_dates, nationalities, countries, programs, addresses} ({@code
 * id} and {@code name} required, the others optional and in any order). Values with several parts
 * separate them by {@code |}; types are {@code person}, {@code organisation}, {@code vessel} or
 * {@code aircraft}; birth dates {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; countries ISO
 * 3166-1 alpha-2 codes or English names; addresses {@code ASSET:address}.
 */
public final class ExchangeCsvParser {
  static final Set<String> COLUMNS =
      Set.of(
          "id",
          "type",
          "name",
          "aliases",
          "weak_aliases",
          "birth_dates",
          "nationalities",
          "countries",
          "programs",
          "addresses");

  private ExchangeCsvParser() {}

  public static ParsedList parse(String list, List<ListDocument> documents)
      throws ListParseException {
    if (documents.size() != 1) {
      throw new ListParseException(
          "an exchange list is one CSV document, " + documents.size() + " given");
    }
    ListDocument document = documents.getFirst();
    String file = document.name();
    Problems problems = new Problems();
    List<ListEntry> entries = new ArrayList<>();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = document.open();
        Reader reader = new InputStreamReader(in, decoder);
        CSVParser csv =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(reader)) {
      List<String> header = csv.getHeaderNames();
      for (String column : header) {
        if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
          problems.add(
              file
                  + ": unknown column '"
                  + column
                  + "' (known: "
                  + String.join(", ", COLUMNS.stream().sorted().toList())
                  + ")");
        }
      }
      if (!header.contains("id") || !header.contains("name"))
        problems.add(file + ": the header must name the columns id and name");
      problems.throwIfAny();
      Set<String> ids = new HashSet<>();
      for (CSVRecord row : csv) {
        long line = row.getRecordNumber() + 1;
        if (!row.isConsistent()) {
          problems.add(file, line, "expected " + header.size() + " fields, found " + row.size());
          continue;
        }
        String id = row.get("id");
        String name = row.get("name");
        if (id.isEmpty() || name.isEmpty()) {
          problems.add(file, line, "id and name are required");
          continue;
        }
        if (!ids.add(id)) {
          problems.add(file, line, "id " + id + " appears twice");
          continue;
        }
        try {
          entries.add(entry(list, row, id, name, header));
        } catch (IllegalArgumentException e) {
          problems.add(file, line, e.getMessage());
        }
      }
    } catch (CharacterCodingException e) {
      throw new ListParseException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ListParseException(file + ": cannot be read (" + e.getMessage() + ")");
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new ListParseException(file + ": not valid CSV (" + e.getMessage() + ")");
    }
    problems.throwIfAny();
    if (entries.isEmpty()) throw new ListParseException(file + " holds no entries");
    return new ParsedList(entries, null);
  }

  private static ListEntry entry(
      String list, CSVRecord row, String id, String name, List<String> header) {
    List<ListedName> names = new ArrayList<>();
    names.add(new ListedName(name, ListedName.Strength.PRIMARY));
    for (String alias : values(row, "aliases", header))
      names.add(new ListedName(alias, ListedName.Strength.STRONG));
    for (String alias : values(row, "weak_aliases", header))
      names.add(new ListedName(alias, ListedName.Strength.WEAK));
    List<BirthDate> births = new ArrayList<>();
    for (String date : values(row, "birth_dates", header)) births.add(BirthDate.parse(date));
    List<ListedAddress> addresses = new ArrayList<>();
    for (String address : values(row, "addresses", header)) {
      int colon = address.indexOf(':');
      if (colon <= 0 || colon == address.length() - 1) {
        throw new IllegalArgumentException("an address is written ASSET:address");
      }
      addresses.add(
          new ListedAddress(
              address.substring(0, colon).strip().toUpperCase(Locale.ROOT),
              address.substring(colon + 1).strip()));
    }
    return new ListEntry(
        list,
        id,
        type(header.contains("type") ? row.get("type") : ""),
        names,
        births,
        countries(values(row, "nationalities", header)),
        countries(values(row, "countries", header)),
        values(row, "programs", header),
        addresses);
  }

  private static Set<String> countries(List<String> values) {
    Set<String> codes = new LinkedHashSet<>();
    for (String v : values) {
      String upper = v.toUpperCase(Locale.ROOT);
      if (Countries.isCode(upper)) codes.add(upper);
      else
        codes.add(
            Countries.code(v)
                .orElseThrow(() -> new IllegalArgumentException("unknown country '" + v + "'")));
    }
    return codes;
  }

  private static List<String> values(CSVRecord row, String column, List<String> header) {
    if (!header.contains(column)) return List.of();
    List<String> values = new ArrayList<>();
    for (String v : row.get(column).split("\\|")) {
      if (!v.isBlank()) values.add(v.strip());
    }
    return values;
  }

  private static PartyType type(String type) {
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "" -> PartyType.UNKNOWN;
      case "person", "individual" -> PartyType.PERSON;
      case "organisation", "organization", "entity" -> PartyType.ORGANISATION;
      case "vessel" -> PartyType.VESSEL;
      case "aircraft" -> PartyType.AIRCRAFT;
      default -> throw new IllegalArgumentException("unknown type '" + type + "'");
    };
  }
}
