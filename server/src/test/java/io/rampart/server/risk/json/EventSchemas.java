package io.rampart.server.risk.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published event contract, read from the repository: the JSON Schemas under {@code
 * docs/schemas/v1} (validated with a JSON Schema 2020-12 validator, formats asserted) and the
 * examples of {@code docs/events.md}.
 */
final class EventSchemas {
  static final Path DOCS = Path.of("..", "docs");
  static final Path SCHEMAS = DOCS.resolve("schemas/v1");
  private static final String BASE = "https://rampart.example/schemas/v1/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final SchemaRegistry registry;
  private final Map<String, String> fileByType = new HashMap<>();

  EventSchemas() {
    var byId = new HashMap<String, String>();
    for (Path file : schemaFiles()) {
      String text = read(file);
      byId.put(BASE + file.getFileName(), text);
      JsonNode type = MAPPER.readTree(text).path("properties").path("type").path("const");
      if (type.isString()) {
        fileByType.put(type.stringValue(), file.getFileName().toString());
      }
    }
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemas(byId)
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** The schema violations of an event, checked against the schema of its {@code type}. */
  List<String> violations(String eventJson) {
    String type = MAPPER.readTree(eventJson).path("type").asString("");
    String file = fileByType.get(type);
    if (file == null) {
      return List.of("no schema for type '" + type + "'");
    }
    Schema schema = registry.getSchema(SchemaLocation.of(BASE + file));
    return schema.validate(eventJson, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** Every event type's schema file. */
  List<Path> eventSchemaFiles() {
    return fileByType.values().stream().sorted().map(SCHEMAS::resolve).toList();
  }

  /** The {@code examples} of a schema file, each as JSON text. */
  static List<String> schemaExamples(Path file) {
    var examples = new ArrayList<String>();
    for (JsonNode example : MAPPER.readTree(read(file)).path("examples")) {
      examples.add(MAPPER.writeValueAsString(example));
    }
    return examples;
  }

  /** Every JSON example in {@code docs/events.md}. */
  static List<String> documentedExamples() {
    Matcher m =
        Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(read(DOCS.resolve("events.md")));
    var examples = new ArrayList<String>();
    while (m.find()) {
      examples.add(m.group(1));
    }
    return examples;
  }

  private static List<Path> schemaFiles() {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      return files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
