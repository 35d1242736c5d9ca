package io.rampart.screening.internal.address;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a digital-currency address looks like, per network, and the form it is compared in. EVM
 * addresses (hex), Bech32 and CashAddr addresses and 64-digit hex strings are case-insensitive, so
 * they compare in lower case; Base58 addresses (Bitcoin legacy, TRON, XRP, Monero, Solana) are
 * case-sensitive and compare exactly as written.
 */
public final class AddressSyntax {
  public static final int MIN_LENGTH = 14;
  public static final int MAX_LENGTH = 128;

  private static final Pattern CASH_ADDR =
      Pattern.compile("((bitcoincash|bchtest):)?[qp][" + Checksums.BECH32_CHARSET + "]{41}");
  private static final String CASH_ADDR_PREFIX = "bitcoincash";

  private static final Set<String> EVM_ASSETS =
      Set.of("ETH", "ETC", "BSC", "BNB", "ARB", "OP", "MATIC", "POL", "AVAX", "BASE", "FTM", "GNO");
  private static final Set<String> TOKENS = Set.of("USDT", "USDC", "DAI", "BUSD", "TUSD");
  private static final Set<String> BASE58_CHECK_ONLY =
      Set.of("BSV", "BTG", "DASH", "XVG", "DOGE", "TRX");

  private AddressSyntax() {}

  /** Whether {@code text} could be an address of some network: letters and digits, bounded. */
  public static boolean plausible(String text) {
    if (text == null || text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) return false;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      if (colon < 2 || colon > 16) return false;
      for (int i = 0; i < colon; i++) if (!asciiLetter(text.charAt(i))) return false;
    }
    if (colon == text.length() - 1) return false;
    for (int i = colon + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!asciiLetter(c) && (c < '0' || c > '9')) return false;
    }
    return true;
  }

  /** The form an address is compared in: lower case where its network ignores case. */
  public static String canonical(String address) {
    if (evm(address) || hex64(address)) return address.toLowerCase(Locale.ROOT);
    boolean lower = true;
    boolean upper = true;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c >= 'A' && c <= 'Z') lower = false;
      else if (c >= 'a' && c <= 'z') upper = false;
    }
    if (!lower && !upper) return address;
    String text = lower ? address : address.toLowerCase(Locale.ROOT);
    if (CASH_ADDR.matcher(text).matches()) {
      int colon = text.indexOf(':');
      return colon >= 0 ? text.substring(colon + 1) : text;
    }
    if (bech32Shaped(text)) return text;
    return address;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean hexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** {@code 0x} and 40 hexadecimal digits. */
  static boolean evm(String address) {
    if (address.length() != 42 || address.charAt(0) != '0') return false;
    char x = address.charAt(1);
    if (x != 'x' && x != 'X') return false;
    for (int i = 2; i < 42; i++) if (!hexDigit(address.charAt(i))) return false;
    return true;
  }

  private static boolean hex64(String address) {
    if (address.length() != 64) return false;
    for (int i = 0; i < 64; i++) if (!hexDigit(address.charAt(i))) return false;
    return true;
  }

  /**
   * Why {@code address} cannot be an address of {@code asset} (or of any network, if {@code asset}
   * is {@code null} or unknown), or empty if it can. Checks shape and, where the network has one,
   * the checksum, so that a mistyped address is told apart from an address that is not listed.
   */
  public static Optional<String> problem(String asset, String address) {
    if (!plausible(address)) {
      return Optional.of(
          "an address is "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " letters and digits, with an optional network prefix such as bitcoincash:");
    }
    String code = asset == null ? null : asset.toUpperCase(Locale.ROOT);
    if (code == null) return anyNetwork(address);
    return switch (code) {
      case "XBT", "BTC" -> base58CheckOrBech32(address, "bc", "tb");
      case "LTC" -> base58CheckOrBech32(address, "ltc", "tltc");
      case "BCH" -> cashAddrOrBase58Check(address);
      case "ZEC" ->
          address.toLowerCase(Locale.ROOT).startsWith("zs1")
              ? bech32(address)
              : base58Check(address);
      case "XRP" ->
          Checksums.base58Check(address, Checksums.RIPPLE_ALPHABET) && address.startsWith("r")
              ? Optional.empty()
              : Optional.of("not an XRP address: its Base58Check checksum does not hold");
      case "XMR" -> monero(address);
      default -> {
        if (EVM_ASSETS.contains(code)) yield evm(address, code);
        if (BASE58_CHECK_ONLY.contains(code)) yield base58Check(address);
        if (TOKENS.contains(code)) {
          yield evm(address) || address.startsWith("0x") ? evm(address, code) : anyNetwork(address);
        }
        yield anyNetwork(address);
      }
    };
  }

  private static Optional<String> anyNetwork(String address) {
    if (address.startsWith("0x") || address.startsWith("0X")) return evm(address, "an EVM network");
    String lower = address.toLowerCase(Locale.ROOT);
    if (lower.startsWith("bitcoincash:")) return cashAddrOrBase58Check(address);
    if (lower.startsWith("bc1") || lower.startsWith("ltc1") || lower.startsWith("tb1"))
      return bech32(address);
    return Optional.empty();
  }

  private static Optional<String> evm(String address, String network) {
    return evm(address)
        ? Optional.empty()
        : Optional.of("not an address of " + network + ": 0x and 40 hexadecimal digits expected");
  }

  private static Optional<String> base58CheckOrBech32(String address, String... hrps) {
    String lower = address.toLowerCase(Locale.ROOT);
    for (String hrp : hrps) if (lower.startsWith(hrp + "1")) return bech32(address);
    return base58Check(address);
  }

  private static Optional<String> cashAddrOrBase58Check(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    if (!address.equals(lower) && !address.equals(address.toUpperCase(Locale.ROOT))) {
      if (lower.startsWith("bitcoincash:")
          || (lower.length() == 42 && (lower.startsWith("q") || lower.startsWith("p")))) {
        return Optional.of("a CashAddr address is all lower case or all upper case");
      }
      return base58Check(address);
    }
    if (CASH_ADDR.matcher(lower).matches()) {
      int colon = lower.indexOf(':');
      String prefix = colon >= 0 ? lower.substring(0, colon) : CASH_ADDR_PREFIX;
      return Checksums.cashAddr(prefix, lower.substring(colon + 1))
          ? Optional.empty()
          : Optional.of("the CashAddr checksum does not hold: the address is mistyped");
    }
    return base58Check(address);
  }

  private static Optional<String> base58Check(String address) {
    if (!Checksums.inAlphabet(address, Checksums.BITCOIN_ALPHABET)) {
      return Optional.of(
          "not a Base58 address: it has characters Base58 does not use (0, O, I, l)");
    }
    return Checksums.base58Check(address, Checksums.BITCOIN_ALPHABET)
        ? Optional.empty()
        : Optional.of("the Base58Check checksum does not hold: the address is mistyped");
  }

  private static Optional<String> bech32(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    if (!address.equals(lower) && !address.equals(address.toUpperCase(Locale.ROOT))) {
      return Optional.of("a Bech32 address is all lower case or all upper case");
    }
    return Checksums.bech32(lower)
        ? Optional.empty()
        : Optional.of("the Bech32 checksum does not hold: the address is mistyped");
  }

  private static Optional<String> monero(String address) {
    if (hex64(address)) return Optional.empty();
    boolean shape =
        (address.length() == 95 || address.length() == 106)
            && (address.startsWith("4") || address.startsWith("8"))
            && Checksums.inAlphabet(address, Checksums.BITCOIN_ALPHABET);
    return shape
        ? Optional.empty()
        : Optional.of(
            "not a Monero address: 95 or 106 Base58 characters starting with 4 or 8 expected");
  }

  private static boolean bech32Shaped(String lower) {
    int separator = lower.lastIndexOf('1');
    return separator >= 1
        && separator + 7 <= lower.length()
        && Checksums.inAlphabet(lower.substring(separator + 1), Checksums.BECH32_CHARSET)
        && lower.substring(0, separator).chars().allMatch(Character::isLetter);
  }
}
