package io.rampart.screening.internal.lists;

import io.rampart.screening.ListDocument;
import io.rampart.screening.ListEntry;
import io.rampart.screening.ListedAddress;
import io.rampart.screening.PartyType;
import io.rampart.screening.internal.address.AddressSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a list of digital-currency addresses of one asset, one per line. Blank lines and lines
 * starting with {@code #} are skipped; any other line must look like an address (letters and
 * digits, 20 to 128 of them, an optional {@code prefix:}), else the list is refused. Each address
 * is an entry of its own, identified by the address.
 */
public final class AddressListParser {
  private AddressListParser() {}

  public static ParsedList parse(String list, String asset, List<ListDocument> documents)
      throws ListParseException {
    Problems problems = new Problems();
    List<ListEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ListDocument document : documents) {
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      try (InputStream in = document.open();
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          String address = line.strip();
          if (address.isEmpty() || address.startsWith("#")) continue;
          if (!AddressSyntax.plausible(address)) {
            problems.add(document.name(), number, "not an address");
            continue;
          }
          if (seen.add(AddressSyntax.canonical(address))) {
            entries.add(
                new ListEntry(
                    list,
                    address,
                    PartyType.UNKNOWN,
                    List.of(),
                    List.of(),
                    Set.of(),
                    Set.of(),
                    List.of(),
                    List.of(new ListedAddress(asset, address))));
          }
        }
      } catch (CharacterCodingException e) {
        throw new ListParseException(document.name() + ": not UTF-8 text");
      } catch (IOException e) {
        throw new ListParseException(document.name() + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    problems.throwIfAny();
    if (entries.isEmpty()) throw new ListParseException("the address list holds no addresses");
    return new ParsedList(entries, null);
  }
}
