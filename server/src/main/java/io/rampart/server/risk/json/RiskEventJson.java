package io.rampart.server.risk.json;

import io.rampart.kernel.ReasonCode;
import io.rampart.risk.Assessment;
import io.rampart.risk.EventCheck;
import io.rampart.risk.RiskEvent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;

/**
 * The JSON form of risk events (schema v1, {@code docs/events.md}) and of assessments. Reading is
 * strict: a field the event type does not have is refused, required fields must be there, values
 * must have the documented JSON type, and {@link io.rampart.risk.EventValidation} then checks their
 * limits; every problem names its field. Writing gives one fixed field order, so equal values give
 * equal bytes. Thread-safe; build one and share it.
 *
 * <p>Problems about the document rather than a field (not JSON, not an object, too large) have a
 * {@code null} field and the code {@code REQ_MALFORMED_BODY} or {@code REQ_BODY_TOO_LARGE}.
 */
public final class RiskEventJson {
  /**
   * The largest event accepted, in bytes of UTF-8 JSON: several times the largest valid event
   * (whose strings add up to about 1.5 KB), so escaped characters fit.
   */
  public static final int MAX_EVENT_BYTES = 16 * 1024;

  private final JsonFactory factory =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_EVENT_BYTES)
                  .maxNameLength(1024)
                  .maxNumberLength(64)
                  .maxNestingDepth(32)
                  .build())
          .build();

  /** Reads one event from a JSON object. */
  public EventCheck read(String json) {
    if (json.length() > MAX_EVENT_BYTES) {
      return new EventCheck.Invalid(List.of(tooLarge()));
    }
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one event from a JSON object in UTF-8. */
  public EventCheck read(byte[] json) {
    return read(json, json.length);
  }

  /**
   * Reads one event from the first {@code length} bytes of {@code json}, a JSON object in UTF-8.
   */
  public EventCheck read(byte[] json, int length) {
    if (length > MAX_EVENT_BYTES) {
      return new EventCheck.Invalid(List.of(tooLarge()));
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json, 0, length)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return malformed(first == null ? "The event is empty." : "An event must be a JSON object.");
      }
      EventCheck check = RiskEventJsonReader.readObject(p);
      if (p.nextToken() != null) {
        return malformed("Nothing may follow the event object.");
      }
      return check;
    } catch (JacksonException e) {
      return new EventCheck.Invalid(List.of(unreadable(e)));
    }
  }

  /**
   * Reads a batch from a stream, laid out as {@code format}. The caller closes the batch, which
   * closes the stream.
   *
   * @param maxEvents the most events the batch may hold; the batch stops before one more
   */
  public RiskEventJsonBatch batch(InputStream in, RiskEventJsonBatch.Format format, int maxEvents) {
    return new RiskEventJsonBatch(this, in, format, maxEvents);
  }

  /**
   * Reads a batch, telling its layout from its first byte that is not white space (or a byte order
   * mark): {@code [} opens a JSON array, anything else is taken as NDJSON.
   */
  public RiskEventJsonBatch batch(InputStream in, int maxEvents) {
    var buffered = new BufferedInputStream(in);
    return batch(buffered, detect(buffered), maxEvents);
  }

  /** The event as one line of JSON (no line break). */
  public String write(RiskEvent event) {
    return write(g -> RiskEventJsonWriter.event(g, event));
  }

  /**
   * The assessment as one line of JSON: {@code {eventId, action, decision, score, reasons: [{code,
   * points, detail}], policyVersion}}.
   */
  public String write(Assessment assessment) {
    return write(assessment, null);
  }

  /** As {@link #write(Assessment)}, led by {@code assessmentId} unless it is {@code null}. */
  public String write(Assessment assessment, String assessmentId) {
    return write(g -> RiskEventJsonWriter.assessment(g, assessment, assessmentId));
  }

  JsonParser parser(InputStream in) {
    return factory.createParser(ObjectReadContext.empty(), in);
  }

  /**
   * Writes into the factory's pooled buffers, as {@code ObjectMapper.writeValueAsString} does: the
   * only array left behind is the string's own.
   */
  private String write(Consumer<JsonGenerator> body) {
    BufferRecycler buffers = factory._getBufferRecycler();
    try (var out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
        body.accept(g);
      }
      return out.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  private static RiskEventJsonBatch.Format detect(BufferedInputStream in) {
    in.mark(MAX_EVENT_BYTES);
    try {
      for (int i = 0; i < MAX_EVENT_BYTES; i++) {
        int b = in.read();
        if (b == '[') {
          return RiskEventJsonBatch.Format.ARRAY;
        }
        boolean skippable = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b >= 0x80;
        if (!skippable) {
          return RiskEventJsonBatch.Format.NDJSON;
        }
      }
      return RiskEventJsonBatch.Format.NDJSON;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        in.reset();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static EventCheck.Problem tooLarge() {
    return new EventCheck.Problem(
        null,
        ReasonCode.REQ_BODY_TOO_LARGE,
        "An event may have at most " + MAX_EVENT_BYTES + " bytes of JSON.");
  }

  /** Describes broken JSON by where it broke, never echoing the input. */
  static EventCheck.Problem unreadable(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at == TokenStreamLocation.NA
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    if (e instanceof StreamConstraintsException) {
      return new EventCheck.Problem(
          null,
          ReasonCode.REQ_BODY_TOO_LARGE,
          "A string, name, number or nesting" + where + " is larger than an event may hold.");
    }
    return new EventCheck.Problem(
        null, ReasonCode.REQ_MALFORMED_BODY, "Not well-formed JSON" + where + ".");
  }

  private static EventCheck malformed(String message) {
    return new EventCheck.Invalid(
        List.of(new EventCheck.Problem(null, ReasonCode.REQ_MALFORMED_BODY, message)));
  }
}
