package io.rampart.server.risk;

import io.rampart.risk.RecordedAssessment;
import java.util.Objects;

/**
 * What became of a submitted event: its recorded assessment, durable by the time the caller sees
 * it. {@code duplicate} means the event had been recorded before (same sender and id), and {@code
 * record} is that first recording: a re-sent event changes nothing.
 */
public record RiskOutcome(RecordedAssessment record, boolean duplicate) {
  public RiskOutcome {
    Objects.requireNonNull(record, "record");
  }
}
