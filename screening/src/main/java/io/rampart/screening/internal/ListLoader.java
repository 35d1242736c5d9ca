package io.rampart.screening.internal;

import io.rampart.screening.ListDocument;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListSource;
import io.rampart.screening.ListVersion;
import io.rampart.screening.internal.lists.AddressListParser;
import io.rampart.screening.internal.lists.ExchangeCsvParser;
import io.rampart.screening.internal.lists.ListParseException;
import io.rampart.screening.internal.lists.OfacCsvParser;
import io.rampart.screening.internal.lists.ParsedList;
import io.rampart.screening.internal.lists.UnXmlParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a list's documents (each once, into memory, bounded in size), digests them, and parses them
 * in the list's format. Reading everything before parsing means a list is parsed from one
 * consistent copy even if its files change meanwhile.
 */
final class ListLoader {
  private final long maxDocumentBytes;

  ListLoader(long maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** The documents' digest, without parsing them. */
  record Read(ListSource source, List<ListDocument> copies, String digest) {}

  Read read(ListSource source) throws ListParseException {
    MessageDigest sha = Digests.digest();
    List<ListDocument> copies = new ArrayList<>();
    for (ListDocument document : source.documents()) {
      byte[] bytes = bytes(document);
      sha.update(
          document
              .name()
              .toLowerCase(Locale.ROOT)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(bytes);
      copies.add(new InMemory(document.name(), document.location(), bytes));
    }
    return new Read(source, copies, HexFormat.of().formatHex(sha.digest(), 0, 16));
  }

  LoadedList parse(Read read, Instant now) throws ListParseException {
    ListSource source = read.source();
    ParsedList parsed =
        switch (source.format()) {
          case OFAC_SDN_CSV -> OfacCsvParser.parse(source.name(), read.copies());
          case UN_CONSOLIDATED_XML -> UnXmlParser.parse(source.name(), read.copies());
          case EXCHANGE_CSV -> ExchangeCsvParser.parse(source.name(), read.copies());
          case ADDRESS_LIST ->
              AddressListParser.parse(
                  source.name(), source.asset().strip().toUpperCase(Locale.ROOT), read.copies());
        };
    Map<String, String> digests = new LinkedHashMap<>();
    for (ListEntry e : parsed.entries()) digests.put(e.entryId(), Digests.of(e));
    String version = parsed.published() != null ? parsed.published() : "sha256:" + read.digest();
    return new LoadedList(
        new ListVersion(source.name(), version, read.digest(), parsed.entries().size(), now),
        parsed.entries(),
        digests);
  }

  private byte[] bytes(ListDocument document) throws ListParseException {
    try (InputStream in = document.open()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
      if (bytes.length > maxDocumentBytes) {
        throw new ListParseException(
            document.name() + ": larger than " + maxDocumentBytes + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new ListParseException(
          document.name()
              + ": cannot be read from "
              + document.location()
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    } catch (RuntimeException e) {
      throw new ListParseException(
          document.name()
              + ": cannot be read from "
              + document.location()
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  /** A document already read. */
  private record InMemory(String name, String location, byte[] bytes) implements ListDocument {
    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }
}
