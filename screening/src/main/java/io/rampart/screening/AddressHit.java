package io.rampart.screening;

import java.util.Objects;

/**
 * A list entry that names the address.
 *
 * @param list the list's name
 * @param entryId the list's identifier for the entry (for plain address lists, the address)
 * @param listedName the entry's primary name, or {@code null} for plain address lists
 * @param asset the asset the list gives for the address
 * @param listedAddress the address as the list writes it
 */
public record AddressHit(
    String list, String entryId, String listedName, String asset, String listedAddress) {
  public AddressHit {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(listedAddress, "listedAddress");
  }
}
