package io.rampart.simulation.internal;

import java.util.SplittableRandom;

/** The assets accounts hold, with a fixed price (the simulation ignores markets). */
public enum Asset {
  BTC("bitcoin", 8, 96_000),
  ETH("ethereum", 9, 3_500),
  USDT("tron", 6, 1),
  SOL("solana", 9, 200);

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final String HEX = "0123456789abcdef";

  private final String network;
  private final int scale;
  private final long usdPrice;

  Asset(String network, int scale, long usdPrice) {
    this.network = network;
    this.scale = scale;
    this.usdPrice = usdPrice;
  }

  public String network() {
    return network;
  }

  public int scale() {
    return scale;
  }

  /** The amount in minor units that is worth {@code usdCents}, at least one unit. */
  public long amountMinor(long usdCents) {
    return Math.max(1, Math.round(usdCents / 100.0 / usdPrice * Math.pow(10, scale)));
  }

  /** A fresh address in this asset's format. */
  public String newAddress(SplittableRandom rnd) {
    return switch (this) {
      case BTC -> "bc1q" + chars(rnd, BECH32, 38);
      case ETH -> "0x" + chars(rnd, HEX, 40);
      case USDT -> "T" + chars(rnd, BASE58, 33);
      case SOL -> chars(rnd, BASE58, 44);
    };
  }

  private static String chars(SplittableRandom rnd, String alphabet, int n) {
    var b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
