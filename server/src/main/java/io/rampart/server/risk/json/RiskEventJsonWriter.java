package io.rampart.server.risk.json;

import io.rampart.risk.Assessment;
import io.rampart.risk.Finding;
import io.rampart.risk.RiskEvent;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;

/**
 * Writes events and assessments with a fixed field order (the order of {@code docs/events.md}),
 * leaving out optional fields that are {@code null}, so the same value always gives the same bytes.
 */
final class RiskEventJsonWriter {
  private RiskEventJsonWriter() {}

  static void event(JsonGenerator g, RiskEvent event) {
    g.writeStartObject();
    g.writeStringProperty("type", RiskEventJsonType.of(event).jsonName());
    g.writeStringProperty("eventId", event.eventId());
    g.writeStringProperty("accountId", event.accountId().value());
    instant(g, "occurredAt", event.occurredAt());
    switch (event) {
      case RiskEvent.SignInAttempt e -> {
        g.writeBooleanProperty("success", e.success());
        text(g, "ip", e.ip());
        text(g, "userAgent", e.userAgent());
        text(g, "deviceId", e.deviceId());
        g.writeBooleanProperty("mfaUsed", e.mfaUsed());
      }
      case RiskEvent.SessionActivity e -> {
        text(g, "sessionId", e.sessionId());
        text(g, "ip", e.ip());
        text(g, "userAgent", e.userAgent());
        text(g, "deviceId", e.deviceId());
      }
      case RiskEvent.WithdrawalRequest e -> {
        amount(g, e.asset(), e.network(), e.amountMinor(), e.scale(), e.usdCents());
        g.writeStringProperty("destinationAddress", e.destinationAddress());
        g.writeBooleanProperty("whitelisted", e.whitelisted());
        instant(g, "whitelistedSince", e.whitelistedSince());
        if (e.balanceUsdCents() != null) {
          g.writeNumberProperty("balanceUsdCents", e.balanceUsdCents().longValue());
        }
        text(g, "ip", e.ip());
        text(g, "deviceId", e.deviceId());
      }
      case RiskEvent.Deposit e -> {
        amount(g, e.asset(), e.network(), e.amountMinor(), e.scale(), e.usdCents());
        text(g, "sourceAddress", e.sourceAddress());
      }
      case RiskEvent.AddressBookChange e -> {
        g.writeStringProperty("kind", e.kind().name());
        text(g, "asset", e.asset());
        text(g, "network", e.network());
        text(g, "address", e.address());
        text(g, "ip", e.ip());
        text(g, "deviceId", e.deviceId());
      }
      case RiskEvent.SecuritySettingChange e -> {
        g.writeStringProperty("setting", e.setting().name());
        text(g, "ip", e.ip());
        text(g, "deviceId", e.deviceId());
      }
      case RiskEvent.ApiKeyUse e -> {
        g.writeStringProperty("keyId", e.keyId());
        text(g, "permission", e.permission());
        text(g, "ip", e.ip());
      }
    }
    g.writeEndObject();
  }

  /**
   * {@code {assessmentId?, eventId, action, decision, score, reasons: [{code, points, detail}],
   * policyVersion}}; {@code assessmentId} is left out when {@code null}.
   */
  static void assessment(JsonGenerator g, Assessment a, String assessmentId) {
    g.writeStartObject();
    text(g, "assessmentId", assessmentId);
    g.writeStringProperty("eventId", a.eventId());
    g.writeStringProperty("action", a.action().name());
    g.writeStringProperty("decision", a.decision().name());
    g.writeNumberProperty("score", a.score());
    g.writeArrayPropertyStart("reasons");
    for (Finding.Signal s : a.findings()) {
      g.writeStartObject();
      g.writeStringProperty("code", s.reason().name());
      g.writeNumberProperty("points", s.points());
      g.writeStringProperty("detail", s.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringProperty("policyVersion", a.policyVersion());
    g.writeEndObject();
  }

  private static void amount(
      JsonGenerator g, String asset, String network, long amountMinor, int scale, long usdCents) {
    g.writeStringProperty("asset", asset);
    g.writeStringProperty("network", network);
    g.writeNumberProperty("amountMinor", amountMinor);
    g.writeNumberProperty("scale", scale);
    g.writeNumberProperty("usdCents", usdCents);
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void instant(JsonGenerator g, String name, Instant value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }
}
