package io.rampart.screening;

import java.util.Objects;

/**
 * A digital-currency address to screen.
 *
 * @param asset the asset or network code (XBT or BTC, ETH, TRX, USDT, ...), or {@code null}: it
 *     decides which address format and checksum apply
 * @param address as the customer gave it
 */
public record AddressQuery(String asset, String address) {
  public AddressQuery {
    Objects.requireNonNull(address, "address");
  }
}
