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
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OFAC's SDN list in its legacy CSV files. {@code sdn.csv} holds one row per entry (12
 * fields: number, name, type, programme, title, call sign, vessel type, tonnage, GRT, vessel flag,
 * vessel owner, remarks); {@code alt.csv} its aliases (number, alias number, type, name, remarks);
 * {@code add.csv} its addresses (number, address number, street, city, country, remarks); {@code
 * sdn_comments.csv} the rest of remarks too long for {@code sdn.csv}. {@code -0-} marks an empty
 * field; the files end with a DOS end-of-file character. Any row that breaks this shape refuses the
 * whole list: a half-read list is never put in force.
 */
public final class OfacCsvParser {
  public static final String SDN = "sdn.csv";
  public static final String ALT = "alt.csv";
  public static final String ADD = "add.csv";
  public static final String COMMENTS = "sdn_comments.csv";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String NULL = "-0-";
  private static final String END_OF_FILE = "\u001a";

  private OfacCsvParser() {}

  public static ParsedList parse(String list, List<ListDocument> documents)
      throws ListParseException {
    Map<String, ListDocument> byName = new LinkedHashMap<>();
    Problems problems = new Problems();
    for (ListDocument d : documents) {
      String name = d.name().toLowerCase(Locale.ROOT);
      if (!Set.of(SDN, ALT, ADD, COMMENTS).contains(name)) {
        problems.add(
            d.name()
                + ": not a file of the OFAC legacy CSV set (sdn.csv, alt.csv, add.csv, sdn_comments.csv)");
      }
      byName.put(name, d);
    }
    if (!byName.containsKey(SDN)) problems.add("sdn.csv is missing");
    problems.throwIfAny();

    Map<String, Builder> entries = new LinkedHashMap<>();
    read(
        byName.get(SDN),
        12,
        problems,
        (line, f) -> {
          String id = f.get(0).strip();
          if (!id.matches("\\d{1,9}")) {
            problems.add(SDN, line, "entity number is not a number");
            return;
          }
          String name = value(f.get(1));
          if (name == null) {
            problems.add(SDN, line, "entry " + id + " has no name");
            return;
          }
          if (entries.containsKey(id)) {
            problems.add(SDN, line, "entity number " + id + " appears twice");
            return;
          }
          Builder b = new Builder(id, typeOf(value(f.get(2))), name);
          String programs = value(f.get(3));
          if (programs != null) {
            for (String p : programs.replace("[", " ").replace("]", " ").strip().split("\\s+"))
              b.programs.add(p);
          }
          String flag = value(f.get(9));
          if (flag != null) Countries.code(flag).ifPresent(b.countries::add);
          String remarks = value(f.get(11));
          if (remarks != null) b.remarks.append(remarks);
          entries.put(id, b);
        });
    ListDocument comments = byName.get(COMMENTS);
    if (comments != null) {
      read(
          comments,
          2,
          problems,
          (line, f) -> {
            Builder b = known(entries, f.get(0), COMMENTS, line, problems);
            String more = value(f.get(1));
            if (b != null && more != null) b.remarks.append(more);
          });
    }
    ListDocument alt = byName.get(ALT);
    if (alt != null) {
      read(
          alt,
          5,
          problems,
          (line, f) -> {
            Builder b = known(entries, f.get(0), ALT, line, problems);
            String name = value(f.get(3));
            if (b == null) return;
            if (name == null) {
              problems.add(ALT, line, "alias without a name");
              return;
            }
            String kind = value(f.get(2));
            String remarks = value(f.get(4));
            boolean weak = remarks != null && remarks.toLowerCase(Locale.ROOT).contains("weak");
            if (kind != null
                && !Set.of("aka", "fka", "nka").contains(kind.toLowerCase(Locale.ROOT))) {
              problems.add(ALT, line, "alias type is not aka, fka or nka");
              return;
            }
            b.names.add(
                new ListedName(name, weak ? ListedName.Strength.WEAK : ListedName.Strength.STRONG));
          });
    }
    ListDocument add = byName.get(ADD);
    if (add != null) {
      read(
          add,
          6,
          problems,
          (line, f) -> {
            Builder b = known(entries, f.get(0), ADD, line, problems);
            String country = value(f.get(4));
            if (b != null && country != null) Countries.code(country).ifPresent(b.countries::add);
          });
    }
    problems.throwIfAny();
    if (entries.isEmpty()) throw new ListParseException("sdn.csv holds no entries");
    List<ListEntry> result = new ArrayList<>(entries.size());
    for (Builder b : entries.values()) result.add(b.build(list));
    return new ParsedList(result, null);
  }

  private static Builder known(
      Map<String, Builder> entries, String id, String document, long line, Problems problems) {
    Builder b = entries.get(id.strip());
    if (b == null)
      problems.add(
          document, line, "refers to entity " + id.strip() + ", which sdn.csv does not hold");
    return b;
  }

  private interface RowHandler {
    void row(long line, CSVRecord fields);
  }

  private static void read(ListDocument document, int fields, Problems problems, RowHandler handler)
      throws ListParseException {
    String name = document.name();
    try (InputStream in = document.open();
        Reader reader = new InputStreamReader(in, WINDOWS_1252)) {
      boolean ended = false;
      for (CSVRecord record : CSVFormat.DEFAULT.builder().get().parse(reader)) {
        long line = record.getRecordNumber();
        if (record.size() == 1
            && (record.get(0).isBlank() || record.get(0).strip().equals(END_OF_FILE))) {
          ended = record.get(0).strip().equals(END_OF_FILE);
          continue;
        }
        if (ended) {
          problems.add(name, line, "data after the end-of-file mark");
          continue;
        }
        if (record.size() != fields) {
          problems.add(name, line, "expected " + fields + " fields, found " + record.size());
          continue;
        }
        handler.row(line, record);
      }
    } catch (IOException e) {
      throw new ListParseException(name + ": cannot be read (" + e.getMessage() + ")");
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ListParseException(name + ": not valid CSV (" + e.getMessage() + ")");
    }
  }

  private static String value(String field) {
    String v = field.strip();
    return v.isEmpty() || v.equals(NULL) ? null : v;
  }

  private static PartyType typeOf(String type) {
    if (type == null) return PartyType.ORGANISATION;
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "individual" -> PartyType.PERSON;
      case "vessel" -> PartyType.VESSEL;
      case "aircraft" -> PartyType.AIRCRAFT;
      default -> PartyType.UNKNOWN;
    };
  }

  private static final class Builder {
    final String id;
    final PartyType type;
    final List<ListedName> names = new ArrayList<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> programs = new ArrayList<>();
    final StringBuilder remarks = new StringBuilder();

    Builder(String id, PartyType type, String name) {
      this.id = id;
      this.type = type;
      names.add(new ListedName(name, ListedName.Strength.PRIMARY));
    }

    ListEntry build(String list) {
      String text = remarks.toString();
      for (String weak : OfacRemarks.weakAliases(text)) {
        names.add(new ListedName(weak, ListedName.Strength.WEAK));
      }
      List<BirthDate> births = type == PartyType.PERSON ? OfacRemarks.birthDates(text) : List.of();
      List<ListedAddress> addresses = OfacRemarks.digitalCurrencyAddresses(text);
      return new ListEntry(
          list,
          id,
          type,
          names,
          births,
          new LinkedHashSet<>(OfacRemarks.countriesOfNationality(text)),
          countries,
          programs,
          addresses);
    }
  }
}
