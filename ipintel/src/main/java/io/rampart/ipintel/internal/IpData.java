package io.rampart.ipintel.internal;

import io.rampart.ipintel.IpDetails;
import io.rampart.risk.Coordinates;
import io.rampart.risk.IpAddress;
import io.rampart.risk.IpFacts;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;

/**
 * One loaded set of IP data, immutable once built: databases are asked in order and the first that
 * knows an address answers; lists add the flags. A database that fails to read counts an error and
 * answers nothing, so a lookup never throws.
 */
public final class IpData {
  private final List<MmdbFile> countries;
  private final List<AsnSource> asns;
  private final List<MmdbFile> cities;
  private final List<MmdbFile> anonymousIp;
  private final IpList anonymising;
  private final IpList hosting;
  private final IpList knownBad;
  private final boolean anyMmdb;
  private final LongAdder errors;

  IpData(
      List<MmdbFile> countries,
      List<AsnSource> asns,
      List<MmdbFile> cities,
      List<MmdbFile> anonymousIp,
      IpList anonymising,
      IpList hosting,
      IpList knownBad,
      LongAdder errors) {
    this.countries = List.copyOf(countries);
    this.asns = List.copyOf(asns);
    this.cities = List.copyOf(cities);
    this.anonymousIp = List.copyOf(anonymousIp);
    this.anonymising = anonymising;
    this.hosting = hosting;
    this.knownBad = knownBad;
    this.anyMmdb =
        !countries.isEmpty()
            || !cities.isEmpty()
            || !anonymousIp.isEmpty()
            || asns.stream().anyMatch(MmdbAsn.class::isInstance);
    this.errors = errors;
  }

  public IpDetails details(IpAddress ip) {
    String country = null;
    Coordinates coordinates = null;
    AsnSource.AsnMatch as = null;
    boolean anonymiser = false;
    boolean hostingNetwork = false;
    if (!LocalNetworks.contains(ip)) {
      InetAddress address = anyMmdb ? ip.toInetAddress() : null;
      country = country(ip, address);
      for (MmdbFile city : cities) {
        GeoRecord record = read(city, ip, address, GeoRecord.class);
        if (record != null) {
          country = country != null ? country : record.countryOrNull();
          coordinates = record.coordinatesOrNull();
          if (coordinates != null) {
            break;
          }
        }
      }
      as = as(ip, address);
      for (MmdbFile file : anonymousIp) {
        AnonymousIpRecord record = read(file, ip, address, AnonymousIpRecord.class);
        if (record != null) {
          anonymiser = record.anonymiser();
          hostingNetwork = record.hosting();
          break;
        }
      }
    }
    if (coordinates == null && country != null) {
      coordinates = CountryCentroids.of(country).orElse(null);
    }
    long asn = as == null ? -1 : as.number();
    var facts =
        new IpFacts(
            Optional.ofNullable(country),
            asn > 0 && asn <= Integer.MAX_VALUE ? OptionalInt.of((int) asn) : OptionalInt.empty(),
            Optional.ofNullable(coordinates),
            anonymiser || anonymising.contains(ip, asn),
            hostingNetwork || hosting.contains(ip, asn),
            knownBad.contains(ip, asn));
    return new IpDetails(
        facts.equals(IpFacts.UNKNOWN) ? IpFacts.UNKNOWN : facts,
        Optional.ofNullable(as == null ? null : as.organisation()));
  }

  private String country(IpAddress ip, InetAddress address) {
    for (MmdbFile file : countries) {
      GeoRecord record = read(file, ip, address, GeoRecord.class);
      String country = record == null ? null : record.countryOrNull();
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private AsnSource.AsnMatch as(IpAddress ip, InetAddress address) {
    for (AsnSource source : asns) {
      try {
        AsnSource.AsnMatch match = source.find(ip, address);
        if (match != null) {
          return match;
        }
      } catch (IOException | RuntimeException e) {
        errors.increment();
      }
    }
    return null;
  }

  private <T> T read(MmdbFile file, IpAddress ip, InetAddress address, Class<T> type) {
    try {
      return file.get(ip, address, type);
    } catch (IOException | RuntimeException e) {
      errors.increment();
      return null;
    }
  }
}
