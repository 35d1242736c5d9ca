package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;
import java.io.IOException;
import java.net.InetAddress;

/** Where an address's autonomous system comes from: a MaxMind DB or ip-location-db's CSV. */
public sealed interface AsnSource permits AsnTable, MmdbAsn {
  /** The AS announcing {@code ip}, or {@code null}. */
  AsnMatch find(IpAddress ip, InetAddress address) throws IOException;

  /** An AS number (up to 2^32 - 1) and its organisation's name, which may be {@code null}. */
  record AsnMatch(long number, String organisation) {}
}
