package io.rampart.server.cli;

import io.rampart.risk.Coordinates;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IP facts recorded beside events, one JSON object per line: {@code {"ip", "country"?, "asn"?,
 * "latitude"?, "longitude"?, "anonymiser"?, "hosting"?, "knownBad"?}}. A replay looks IPs up in it
 * so that it decides as the server did with the facts it had, and the simulator writes one for the
 * networks it invents. Addresses missing from the file are unknown.
 */
final class IpFactsFile implements IpIntelligence {
  private static final Set<String> FIELDS =
      Set.of("ip", "country", "asn", "latitude", "longitude", "anonymiser", "hosting", "knownBad");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Map<String, IpFacts> facts;

  private IpFactsFile(Map<String, IpFacts> facts) {
    this.facts = facts;
  }

  /**
   * @throws IllegalArgumentException naming the line of the first entry that is not valid
   */
  static IpFactsFile read(Path file) {
    var facts = new HashMap<String, IpFacts>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode entry = MAPPER.readTree(line);
          String ip = entry.path("ip").asString(null);
          if (ip == null || ip.isEmpty()) {
            throw new IllegalArgumentException("needs an \"ip\"");
          }
          facts.put(ip, facts(entry));
        } catch (JacksonException | IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file + ":" + number + ": not a valid IP facts entry (" + reason(e) + ")", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IpFactsFile(Map.copyOf(facts));
  }

  @Override
  public IpFacts lookup(String ip) {
    return ip == null ? IpFacts.UNKNOWN : facts.getOrDefault(ip, IpFacts.UNKNOWN);
  }

  int size() {
    return facts.size();
  }

  /** One entry as a line of JSON (no line break), fields in a fixed order, unknowns left out. */
  static String line(String ip, IpFacts f) {
    var out = new StringWriter(128);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("ip", ip);
      if (f.country().isPresent()) {
        g.writeStringProperty("country", f.country().get());
      }
      if (f.asn().isPresent()) {
        g.writeNumberProperty("asn", f.asn().getAsInt());
      }
      if (f.coordinates().isPresent()) {
        g.writeNumberProperty("latitude", f.coordinates().get().latitude());
        g.writeNumberProperty("longitude", f.coordinates().get().longitude());
      }
      flag(g, "anonymiser", f.anonymiser());
      flag(g, "hosting", f.hosting());
      flag(g, "knownBad", f.knownBad());
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void flag(JsonGenerator g, String name, boolean value) {
    if (value) {
      g.writeBooleanProperty(name, true);
    }
  }

  private static IpFacts facts(JsonNode entry) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException("must be a JSON object");
    }
    for (String name : entry.propertyNames()) {
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field " + name);
      }
    }
    JsonNode country = entry.path("country");
    if (!country.isMissingNode()
        && !(country.isString() && country.stringValue().matches("[A-Z]{2}"))) {
      throw new IllegalArgumentException("country must be two upper-case letters");
    }
    JsonNode asn = entry.path("asn");
    if (!asn.isMissingNode() && !(asn.isInt() && asn.intValue() >= 0)) {
      throw new IllegalArgumentException("asn must be a whole number, at least 0");
    }
    JsonNode lat = entry.path("latitude");
    JsonNode lon = entry.path("longitude");
    if (lat.isMissingNode() != lon.isMissingNode()
        || (!lat.isMissingNode() && !(lat.isNumber() && lon.isNumber()))) {
      throw new IllegalArgumentException("latitude and longitude go together, as numbers");
    }
    return new IpFacts(
        country.isMissingNode() ? Optional.empty() : Optional.of(country.stringValue()),
        asn.isMissingNode() ? OptionalInt.empty() : OptionalInt.of(asn.intValue()),
        lat.isMissingNode()
            ? Optional.empty()
            : Optional.of(new Coordinates(lat.doubleValue(), lon.doubleValue())),
        flag(entry, "anonymiser"),
        flag(entry, "hosting"),
        flag(entry, "knownBad"));
  }

  private static boolean flag(JsonNode entry, String name) {
    JsonNode value = entry.path(name);
    if (value.isMissingNode()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(name + " must be true or false");
    }
    return value.booleanValue();
  }

  private static String reason(Exception e) {
    return e instanceof IllegalArgumentException && e.getMessage() != null
        ? e.getMessage()
        : "not well-formed JSON";
  }
}
