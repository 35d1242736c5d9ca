package io.rampart.identity.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network an address belongs to, for throttling: its /24 for IPv4 and its /64 for IPv6 (the
 * block one customer or one machine usually holds).
 */
final class NetworkPrefix {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private NetworkPrefix() {}

  /** The prefix in CIDR notation, or empty if {@code ip} is not an IP address literal. */
  static Optional<String> of(String ip) {
    // Only literals reach getByName, so it never asks DNS.
    boolean literal =
        ip != null
            && (IPV4.matcher(ip).matches() || (ip.indexOf(':') >= 0 && IPV6.matcher(ip).matches()));
    if (!literal) {
      return Optional.empty();
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(ip);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      bytes[3] = 0;
      return Optional.of(text(bytes) + "/24");
    }
    if (address instanceof Inet6Address) {
      Arrays.fill(bytes, 8, 16, (byte) 0);
      return Optional.of(text(bytes) + "/64");
    }
    return Optional.empty();
  }

  private static String text(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
    }
  }
}
