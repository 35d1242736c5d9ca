package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * AS numbers from ip-location-db's CSV ({@code @ip-location-db/asn}: {@code
 * first_ip,last_ip,as_number,as_organisation} per line), held in heap as address ranges. The
 * published data has a few overlapping ranges; the one that starts first keeps the addresses they
 * share.
 */
public final class AsnTable implements AsnSource {
  private static final long MAX_ASN = 0xFFFF_FFFFL;

  private final AddressRanges ranges;
  private final int[] numbers;
  private final String[] organisations;

  private AsnTable(AddressRanges ranges, int[] numbers, String[] organisations) {
    this.ranges = ranges;
    this.numbers = numbers;
    this.organisations = organisations;
  }

  @Override
  public AsnMatch find(IpAddress ip, InetAddress unused) {
    int entry = ranges.find(ip);
    return entry == AddressRanges.ABSENT
        ? null
        : new AsnMatch(Integer.toUnsignedLong(numbers[entry]), organisations[entry]);
  }

  /** Bytes of heap held, roughly: the ranges, and the distinct AS names (ASCII assumed). */
  public long heapBytes() {
    long names = 0;
    for (String name : organisations) {
      names += name == null ? 0 : 56 + name.length();
    }
    return ranges.heapBytes() + 8L * numbers.length + names;
  }

  /** Reads the whole file; any line that is not a well-formed range refuses it. */
  public static FileLoad<AsnTable> load(Path csv) {
    var problems = new Problems(csv);
    var builder = new AddressRanges.Builder();
    Map<AsnMatch, Integer> entries = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<AsnMatch> entryList = new ArrayList<>();
    long lines = 0;
    try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        lines++;
        Range range = parse(record, names, problems);
        if (range != null) {
          int entry = entries.computeIfAbsent(range.as(), m -> entryList.size());
          if (entry == entryList.size()) {
            entryList.add(range.as());
          }
          builder.add(range.first(), range.last(), entry);
        }
      }
    } catch (CharacterCodingException e) {
      return FileLoad.bad(csv + ": not UTF-8 text");
    } catch (IOException | UncheckedIOException e) {
      return FileLoad.bad(csv + ": cannot be read as CSV (" + e.getMessage() + ")");
    }
    if (problems.any()) {
      return new FileLoad.Bad<>(problems.list());
    }
    if (lines == 0) {
      return FileLoad.bad(csv + ": holds no ranges");
    }
    int[] numbers = new int[entryList.size()];
    String[] organisations = new String[entryList.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = (int) entryList.get(i).number();
      organisations[i] = entryList.get(i).organisation();
    }
    AddressRanges ranges = builder.firstWins();
    String summary =
        String.format(
            "ip-location-db AS CSV, %,d ranges of %,d autonomous systems%s",
            ranges.size(),
            entryList.stream().mapToLong(AsnMatch::number).distinct().count(),
            ranges.clipped() == 0
                ? ""
                : String.format(", %,d overlapping ranges shortened", ranges.clipped()));
    return new FileLoad.Ok<>(new AsnTable(ranges, numbers, organisations), summary);
  }

  private record Range(IpAddress first, IpAddress last, AsnMatch as) {}

  /** The line's range, or {@code null} after reporting why it is not a well-formed one. */
  private static Range parse(CSVRecord record, Map<String, String> names, Problems problems) {
    long line = record.getRecordNumber();
    if (record.size() != 4) {
      problems.add(line, "expected 4 fields (first_ip,last_ip,as_number,as_organisation)");
      return null;
    }
    IpAddress first = IpAddress.parse(record.get(0));
    IpAddress last = IpAddress.parse(record.get(1));
    if (first == null || last == null) {
      problems.add(
          line,
          Problems.quoted(first == null ? record.get(0) : record.get(1)) + " is not an IP address");
      return null;
    }
    if (first.v4() != last.v4() || first.compareTo(last) > 0) {
      problems.add(line, "the range does not run from a first to a last address of one family");
      return null;
    }
    long number;
    try {
      number = Long.parseLong(record.get(2));
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 0 || number > MAX_ASN) {
      problems.add(line, Problems.quoted(record.get(2)) + " is not an AS number");
      return null;
    }
    String name = record.get(3).isBlank() ? null : names.computeIfAbsent(record.get(3), n -> n);
    return new Range(first, last, new AsnMatch(number, name));
  }
}
