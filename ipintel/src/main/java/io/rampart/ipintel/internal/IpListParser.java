package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads list files: UTF-8 text with one entry per line, an IP address ({@code 203.0.113.7}, {@code
 * 2001:db8::7}), a CIDR block ({@code 198.51.100.0/24}, {@code 2001:db8::/32}) or an AS number
 * ({@code AS64500}). A {@code #} or {@code ;} starts a comment to the end of the line, and blank
 * lines are skipped, so Tor's exit list, FireHOL netsets and Spamhaus DROP read as they are. A CIDR
 * block must name the first address of its block. Any other line refuses the whole file.
 */
public final class IpListParser {
  private static final int MAX_ASN_DIGITS = 10;
  private static final long MAX_ASN = 0xFFFF_FFFFL;
  private static final int MAPPED_PREFIX = 96;

  private IpListParser() {}

  /** A merged list, and how many entries each file gave. */
  public record Parsed(IpList list, List<Long> entriesPerFile) {}

  /** Reads and merges {@code files} into one list; any bad line in any file refuses them all. */
  public static FileLoad<Parsed> load(List<Path> files) {
    var networks = new AddressRanges.Builder();
    var asns = new AsnCollector();
    List<String> problems = new ArrayList<>();
    List<Long> entriesPerFile = new ArrayList<>();
    for (Path file : files) {
      var fileProblems = new Problems(file);
      long entries = 0;
      // Read as bytes (Latin-1 maps each byte to one char), so a line that is not UTF-8 is
      // reported with its own number rather than wherever the decoder's buffer was.
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
        long line = 0;
        for (String bytes = reader.readLine(); bytes != null; bytes = reader.readLine()) {
          line++;
          String text = utf8(bytes);
          if (text == null) {
            fileProblems.add(line, "not UTF-8 text");
          } else if (readEntry(text, line == 1, networks, asns, fileProblems, line)) {
            entries++;
          }
        }
      } catch (IOException e) {
        problems.add(file + ": cannot be read (" + e.getMessage() + ")");
      }
      problems.addAll(fileProblems.list());
      entriesPerFile.add(entries);
    }
    if (!problems.isEmpty()) {
      return new FileLoad.Bad<>(problems);
    }
    var list = new IpList(networks.union(), asns.sorted());
    return new FileLoad.Ok<>(
        new Parsed(list, entriesPerFile),
        String.format(
            "%,d address ranges after merging, %,d autonomous systems",
            list.networkCount(), list.asnCount()));
  }

  /** The line read as Latin-1, decoded as UTF-8; {@code null} if it is not UTF-8. */
  private static String utf8(String latin1) {
    if (latin1.chars().allMatch(c -> c < 0x80)) {
      return latin1;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Adds the line's entry; false for a blank or comment line, or a bad one (reported). */
  private static boolean readEntry(
      String text,
      boolean first,
      AddressRanges.Builder networks,
      AsnCollector asns,
      Problems problems,
      long line) {
    String entry = text;
    if (first && entry.startsWith("\uFEFF")) {
      entry = entry.substring(1);
    }
    int comment = firstCommentMark(entry);
    if (comment >= 0) {
      entry = entry.substring(0, comment);
    }
    entry = entry.strip();
    if (entry.isEmpty()) {
      return false;
    }
    String problem = add(entry, networks, asns);
    if (problem != null) {
      problems.add(line, problem);
      return false;
    }
    return true;
  }

  private static int firstCommentMark(String text) {
    int hash = text.indexOf('#');
    int semicolon = text.indexOf(';');
    if (hash < 0) return semicolon;
    if (semicolon < 0) return hash;
    return Math.min(hash, semicolon);
  }

  /** Adds one entry; the problem with it, or {@code null}. */
  private static String add(String entry, AddressRanges.Builder networks, AsnCollector asns) {
    if (entry.length() > 2 && entry.substring(0, 2).toUpperCase(Locale.ROOT).equals("AS")) {
      return addAsn(entry, asns);
    }
    int slash = entry.indexOf('/');
    String addressText = slash < 0 ? entry : entry.substring(0, slash);
    IpAddress address = IpAddress.parse(addressText);
    if (address == null) {
      return Problems.quoted(entry)
          + " is not an IP address, a CIDR block or an AS number (such as AS64500)";
    }
    int bits = address.v4() ? 32 : 128;
    int prefix = bits;
    if (slash >= 0) {
      prefix = prefixLength(entry.substring(slash + 1));
      if (address.v4() && addressText.indexOf(':') >= 0) {
        // An IPv4-mapped block (::ffff:a.b.c.d/n) is the IPv4 block of n - 96 bits.
        prefix = prefix >= MAPPED_PREFIX ? prefix - MAPPED_PREFIX : -1;
      }
      if (prefix < 0 || prefix > bits) {
        return Problems.quoted(entry) + " has a prefix length outside 0-" + bits;
      }
      IpAddress start = address.networkStart(prefix);
      if (!start.equals(address)) {
        return Problems.quoted(entry)
            + " is not the start of its block: did you mean "
            + start
            + "/"
            + prefix
            + "?";
      }
    }
    networks.addNetwork(address, prefix, 0);
    return null;
  }

  private static int prefixLength(String digits) {
    if (digits.isEmpty() || digits.length() > 3 || !isAsciiDigits(digits)) {
      return -1;
    }
    return Integer.parseInt(digits);
  }

  private static String addAsn(String entry, AsnCollector asns) {
    String digits = entry.substring(2);
    if (digits.length() > MAX_ASN_DIGITS
        || !isAsciiDigits(digits)
        || Long.parseLong(digits) > MAX_ASN) {
      return Problems.quoted(entry) + " is not an AS number (AS0 to AS4294967295)";
    }
    asns.add(Long.parseLong(digits));
    return null;
  }

  private static boolean isAsciiDigits(String text) {
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A growable set of AS numbers. */
  private static final class AsnCollector {
    private long[] values = new long[16];
    private int size;

    void add(long asn) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = asn;
    }

    long[] sorted() {
      return Arrays.stream(values, 0, size).sorted().distinct().toArray();
    }
  }
}
