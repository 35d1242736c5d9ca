package io.rampart.screening;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A list to load, as configured.
 *
 * @param name the list's name in results, such as {@code ofac-sdn}: letters, digits, dots, dashes
 *     and underscores, at most 48
 * @param format how its documents are written
 * @param documents its files
 * @param asset for {@link ListFormat#ADDRESS_LIST}, the asset its addresses belong to (OFAC's
 *     codes: XBT, ETH, USDT, ...); otherwise {@code null}
 */
public record ListSource(
    String name, ListFormat format, List<ListDocument> documents, String asset) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,48}");

  public ListSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a list name is 1 to 48 letters, digits, dots, dashes or underscores: " + name);
    }
    documents = List.copyOf(documents);
    if (documents.isEmpty())
      throw new IllegalArgumentException("list " + name + " has no documents");
    if ((format == ListFormat.ADDRESS_LIST) != (asset != null && !asset.isBlank())) {
      throw new IllegalArgumentException(
          "list " + name + ": an asset is given for address lists, and only for them");
    }
  }

  public ListSource(String name, ListFormat format, List<ListDocument> documents) {
    this(name, format, documents, null);
  }
}
