package io.rampart.server.api;

import io.rampart.risk.Assessment;
import io.rampart.risk.Finding;
import io.rampart.server.risk.RiskOutcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.MediaType;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the answer of {@code POST /api/v1/risk/evaluate}, {@link RiskController.Evaluation}, with
 * a streaming generator straight from the outcome: the same JSON as the mapper would give the
 * record, without looking up a converter and serializer on every call of the busiest endpoint.
 */
final class EvaluationJson {
  /**
   * Neither closes nor flushes the stream it writes to: the answer stays in the container's
   * response buffer, which sets {@code Content-Length} when the request ends, so the answer is not
   * first built in an array of its own.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .build();

  private EvaluationJson() {}

  static byte[] bytes(RiskOutcome outcome) {
    var out = new ByteArrayOutputStream(256);
    write(outcome, out);
    return out.toByteArray();
  }

  private static void write(RiskOutcome outcome, OutputStream out) {
    try (JsonGenerator g =
        FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      Assessment a = outcome.record().enforced();
      g.writeStartObject();
      g.writeStringProperty("assessmentId", outcome.record().id().toString());
      g.writeStringProperty("decision", a.decision().name());
      g.writeNumberProperty("score", a.score());
      g.writeArrayPropertyStart("reasons");
      for (Finding.Signal f : a.findings()) {
        g.writeStartObject();
        g.writeStringProperty("code", f.reason().name());
        g.writeNumberProperty("points", f.points());
        g.writeStringProperty("detail", f.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringProperty("policyVersion", a.policyVersion());
      g.writeBooleanProperty("duplicate", outcome.duplicate());
      g.writeEndObject();
    }
  }

  /**
   * @throws IOException when the client is gone; its event is recorded all the same, and sending it
   *     again gives this answer
   */
  static void write(RiskOutcome outcome, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    try {
      write(outcome, response.getOutputStream());
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
