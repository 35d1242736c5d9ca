package io.rampart.ipintel.internal;

import io.rampart.risk.IpAddress;
import java.io.IOException;
import java.net.InetAddress;

/** AS numbers from a MaxMind DB in the GeoLite2-ASN layout. */
public record MmdbAsn(MmdbFile file) implements AsnSource {
  @Override
  public AsnMatch find(IpAddress ip, InetAddress address) throws IOException {
    AsnRecord record = file.get(ip, address, AsnRecord.class);
    return record == null || record.number() == null
        ? null
        : new AsnMatch(record.number(), record.organisation());
  }
}
