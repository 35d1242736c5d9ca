package io.rampart.simulation.internal;

import io.rampart.risk.Coordinates;
import io.rampart.risk.IpFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The simulated internet: cities, and the networks people and attackers use there, each with an
 * autonomous system number from the private-use range and addresses from the IPv6 documentation
 * prefix, so nothing here names a real network. Every address handed out is recorded with the facts
 * a geo-IP database would give for it: residential networks place an address in its city (give or
 * take a few kilometres), mobile carriers place every address at their hub city, as their
 * carrier-grade NAT does, and hosting and VPN networks at their data centre.
 */
public final class World {
  /** What a network is for; decides the facts of its addresses. */
  public enum Kind {
    RESIDENTIAL,
    MOBILE,
    HOSTING,
    VPN,
    /** Residential proxies rented by attackers: residential addresses, some on block lists. */
    PROXY
  }

  public record City(
      String name, String country, double latitude, double longitude, int utcOffset) {
    public double distanceKm(City other) {
      return new Coordinates(latitude, longitude)
          .distanceKm(new Coordinates(other.latitude, other.longitude));
    }
  }

  /** A network: {@code pool} addresses, located per {@link Kind}. */
  public record Network(int id, Kind kind, City city, int asn, int pool) {}

  /** Where accounts live, weighted by how many. */
  private static final Object[][] COUNTRIES = {
    // country, weight, cities as name, latitude, longitude, UTC offset (hub city first)
    {"DE", 14, "Frankfurt", 50.11, 8.68, 2, "Berlin", 52.52, 13.40, 2, "Munich", 48.14, 11.58, 2},
    {
      "GB", 10, "London", 51.51, -0.13, 1, "Manchester", 53.48, -2.24, 1, "Glasgow", 55.86, -4.25, 1
    },
    {"FR", 7, "Paris", 48.86, 2.35, 2, "Lyon", 45.76, 4.84, 2, "Marseille", 43.30, 5.37, 2},
    {"NL", 4, "Amsterdam", 52.37, 4.90, 2, "Rotterdam", 51.92, 4.48, 2},
    {"ES", 5, "Madrid", 40.42, -3.70, 2, "Barcelona", 41.39, 2.17, 2},
    {"IT", 5, "Milan", 45.46, 9.19, 2, "Rome", 41.90, 12.50, 2},
    {"PL", 4, "Warsaw", 52.23, 21.01, 2, "Krakow", 50.06, 19.94, 2},
    {"TR", 5, "Istanbul", 41.01, 28.98, 3, "Ankara", 39.93, 32.86, 3},
    {
      "US",
      14,
      "New York",
      40.71,
      -74.01,
      -4,
      "Chicago",
      41.88,
      -87.63,
      -5,
      "Los Angeles",
      34.05,
      -118.24,
      -7,
      "Miami",
      25.76,
      -80.19,
      -4
    },
    {"CA", 3, "Toronto", 43.65, -79.38, -4, "Vancouver", 49.28, -123.12, -7},
    {"BR", 5, "Sao Paulo", -23.55, -46.63, -3, "Rio de Janeiro", -22.91, -43.17, -3},
    {"NG", 3, "Lagos", 6.52, 3.38, 1, "Abuja", 9.08, 7.40, 1},
    {"IN", 5, "Mumbai", 19.08, 72.88, 5, "Bangalore", 12.97, 77.59, 5, "Delhi", 28.70, 77.10, 5},
    {"SG", 2, "Singapore", 1.35, 103.82, 8},
    {"JP", 4, "Tokyo", 35.68, 139.69, 9, "Osaka", 34.69, 135.50, 9},
    {"KR", 3, "Seoul", 37.57, 126.98, 9, "Busan", 35.18, 129.08, 9},
    {"VN", 2, "Ho Chi Minh City", 10.82, 106.63, 7, "Hanoi", 21.03, 105.85, 7},
    {"AE", 1, "Dubai", 25.20, 55.27, 4},
    {"AU", 2, "Sydney", -33.87, 151.21, 10, "Melbourne", -37.81, 144.96, 10},
    {"UA", 2, "Kyiv", 50.45, 30.52, 3, "Lviv", 49.84, 24.03, 3}
  };

  private static final String[] HOSTING_HUBS = {
    "New York", "Los Angeles", "Frankfurt", "Amsterdam", "Singapore", "Paris"
  };
  private static final String[] VPN_HUBS = {"Amsterdam", "London", "New York", "Singapore"};
  private static final int RESIDENTIAL_POOL = 60_000;
  private static final int MOBILE_POOL = 3_000;
  private static final int HOSTING_POOL = 20_000;
  private static final int VPN_POOL = 200;
  private static final int PROXY_POOL = 5_000;

  private final List<String> countries = new ArrayList<>();
  private final double[] countryWeights;
  private final Map<String, List<City>> cities = new LinkedHashMap<>();
  private final Map<String, City> byName = new LinkedHashMap<>();
  private final List<Network> networks = new ArrayList<>();
  private final Map<City, List<Network>> residential = new LinkedHashMap<>();
  private final Map<String, Network> mobile = new LinkedHashMap<>();
  private final Map<String, Network> proxies = new LinkedHashMap<>();
  private final List<Network> hosting = new ArrayList<>();
  private final List<Network> vpns = new ArrayList<>();
  private final SortedMap<String, IpFacts> facts = new TreeMap<>();

  public World() {
    countryWeights = new double[COUNTRIES.length];
    for (int c = 0; c < COUNTRIES.length; c++) {
      Object[] row = COUNTRIES[c];
      String country = (String) row[0];
      countries.add(country);
      countryWeights[c] = ((Number) row[1]).doubleValue();
      var list = new ArrayList<City>();
      for (int i = 2; i < row.length; i += 4) {
        var city =
            new City(
                (String) row[i],
                country,
                ((Number) row[i + 1]).doubleValue(),
                ((Number) row[i + 2]).doubleValue(),
                ((Number) row[i + 3]).intValue());
        list.add(city);
        byName.put(city.name(), city);
      }
      cities.put(country, List.copyOf(list));
    }
    for (String country : countries) {
      List<City> here = cities.get(country);
      // Two residential ISPs serve every city of a country; one mobile carrier, at the hub.
      for (int isp = 0; isp < 2; isp++) {
        int asn = 64_600 + networks.size();
        for (City city : here) {
          residential
              .computeIfAbsent(city, k -> new ArrayList<>())
              .add(network(Kind.RESIDENTIAL, city, asn, RESIDENTIAL_POOL));
        }
      }
      mobile.put(
          country, network(Kind.MOBILE, here.getFirst(), 64_900 + networks.size(), MOBILE_POOL));
      proxies.put(
          country, network(Kind.PROXY, here.getFirst(), 65_100 + networks.size(), PROXY_POOL));
    }
    for (String hub : HOSTING_HUBS) {
      hosting.add(network(Kind.HOSTING, byName.get(hub), 65_300 + networks.size(), HOSTING_POOL));
    }
    for (String hub : VPN_HUBS) {
      vpns.add(network(Kind.VPN, byName.get(hub), 65_400 + networks.size(), VPN_POOL));
    }
  }

  private Network network(Kind kind, City city, int asn, int pool) {
    var n = new Network(networks.size(), kind, city, asn, pool);
    networks.add(n);
    return n;
  }

  public String randomCountry(SplittableRandom rnd) {
    return countries.get(Draw.weighted(rnd, countryWeights));
  }

  public List<String> countries() {
    return Collections.unmodifiableList(countries);
  }

  public List<City> cities(String country) {
    return cities.get(country);
  }

  public City randomCity(SplittableRandom rnd, String country) {
    List<City> list = cities.get(country);
    // The hub is the biggest city.
    return rnd.nextDouble() < 0.45 ? list.getFirst() : list.get(rnd.nextInt(list.size()));
  }

  public Network residential(City city, int isp) {
    List<Network> list = residential.get(city);
    return list.get(Math.floorMod(isp, list.size()));
  }

  public Network mobile(String country) {
    return mobile.get(country);
  }

  public Network proxy(String country) {
    return proxies.get(country);
  }

  public Network hosting(SplittableRandom rnd) {
    return hosting.get(rnd.nextInt(hosting.size()));
  }

  public Network vpn(int i) {
    return vpns.get(Math.floorMod(i, vpns.size()));
  }

  /**
   * The address {@code host} of a network, recorded with its facts. {@code knownBad} marks it as
   * listed by a reputation feed.
   */
  public String address(Network n, int host, boolean knownBad) {
    int h = Math.floorMod(host, n.pool());
    String ip = String.format("2001:db8:%x:%x::%x", n.id(), h >>> 12, (h & 0xfff) + 1);
    if (!facts.containsKey(ip) || knownBad) {
      facts.put(ip, facts(n, h, knownBad));
    }
    return ip;
  }

  public String address(Network n, int host) {
    return address(n, host, false);
  }

  private static IpFacts facts(Network n, int host, boolean knownBad) {
    City c = n.city();
    double lat = c.latitude();
    double lon = c.longitude();
    if (n.kind() == Kind.RESIDENTIAL || n.kind() == Kind.PROXY) {
      // Geo-IP places home lines in their city, give or take some kilometres.
      lat += ((host % 21) - 10) * 0.01;
      lon += (((host / 21) % 21) - 10) * 0.01;
    }
    return new IpFacts(
        Optional.of(c.country()),
        OptionalInt.of(n.asn()),
        Optional.of(new Coordinates(round(lat), round(lon))),
        n.kind() == Kind.VPN,
        n.kind() == Kind.HOSTING,
        knownBad);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1000) / 1000.0;
  }

  /** The facts of every address handed out so far, by address. */
  public SortedMap<String, IpFacts> facts() {
    return Collections.unmodifiableSortedMap(facts);
  }
}
