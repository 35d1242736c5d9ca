package io.rampart.server.cli;

import io.rampart.simulation.Actor;
import io.rampart.simulation.Label;
import io.rampart.simulation.SimulationSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ground truth of a simulation, beside its events: a first line naming the simulation and the
 * instant from which events are scored, then one line per attacker event, {@code {"eventId",
 * "actor", "incident"}}. Events not listed are the owners'.
 */
final class LabelsFile {
  static final String FORMAT = "rampart-simulation-labels";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Instant scoredFrom;
  private final Map<String, Label> attacks;

  private LabelsFile(Instant scoredFrom, Map<String, Label> attacks) {
    this.scoredFrom = scoredFrom;
    this.attacks = attacks;
  }

  Instant scoredFrom() {
    return scoredFrom;
  }

  /** The event's label: an attack's, or the owner's when the file does not list it. */
  Label label(String eventId) {
    return attacks.getOrDefault(eventId, Label.LEGITIMATE);
  }

  /**
   * @throws IllegalArgumentException naming the line of the first entry that is not valid
   */
  static LabelsFile read(Path file) {
    var attacks = new HashMap<String, Label>();
    Instant scoredFrom = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        try {
          JsonNode entry = MAPPER.readTree(line);
          if (number == 1) {
            if (!FORMAT.equals(entry.path("format").asString(null))) {
              throw new IllegalArgumentException(
                  "the first line must be the header of a labels file");
            }
            scoredFrom = Instant.parse(entry.path("scoredFrom").asString(""));
            continue;
          }
          String id = entry.path("eventId").asString(null);
          Actor actor = Actor.valueOf(entry.path("actor").asString(""));
          String incident = entry.path("incident").asString(null);
          if (id == null || !actor.attack() || incident == null) {
            throw new IllegalArgumentException("needs eventId, an attacker's actor and incident");
          }
          attacks.put(id, new Label(actor, incident));
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file + ":" + number + ": not a valid label (" + reason(e) + ")", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (scoredFrom == null) {
      throw new IllegalArgumentException(file + " is empty");
    }
    return new LabelsFile(scoredFrom, attacks);
  }

  static String header(SimulationSettings s) {
    return line(
        g -> {
          g.writeStringProperty("format", FORMAT);
          g.writeStringProperty("scoredFrom", s.scoredFrom().toString());
          g.writeNumberProperty("seed", s.seed());
          g.writeNumberProperty("accounts", s.accounts());
          g.writeNumberProperty("days", s.days());
          g.writeNumberProperty("warmUpDays", s.warmUpDays());
          g.writeNumberProperty("incidentsPerKind", s.incidentsPerKind());
          g.writeStringProperty("start", s.start().toString());
        });
  }

  static String entry(String eventId, Label label) {
    return line(
        g -> {
          g.writeStringProperty("eventId", eventId);
          g.writeStringProperty("actor", label.actor().name());
          g.writeStringProperty("incident", label.incident());
        });
  }

  private static String line(java.util.function.Consumer<JsonGenerator> fields) {
    var out = new StringWriter(128);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      fields.accept(g);
      g.writeEndObject();
    }
    return out.toString();
  }

  private static String reason(Exception e) {
    return e instanceof JacksonException ? "not well-formed JSON" : e.getMessage();
  }
}
