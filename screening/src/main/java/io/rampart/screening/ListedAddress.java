package io.rampart.screening;

import java.util.Objects;

/**
 * A digital-currency address a list names.
 *
 * @param asset the asset code as the list gives it (OFAC's XBT for bitcoin, ETH, USDT, ...)
 * @param address as the list writes it
 */
public record ListedAddress(String asset, String address) {
  public ListedAddress {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(address, "address");
  }
}
