/**
 * The JSON form of risk events and assessments, for every host that reads or writes them: the HTTP
 * API, the {@code replay} command and the simulator's files.
 *
 * <p><b>Owns:</b> the mapping between schema v1 JSON ({@code docs/events.md}, {@code
 * docs/schemas/v1/}) and {@link io.rampart.risk.RiskEvent}, and the JSON form of an {@link
 * io.rampart.risk.Assessment}.<br>
 * <b>Exposes:</b> {@link io.rampart.server.risk.json.RiskEventJson} (one event in, any event or
 * assessment out) and {@link io.rampart.server.risk.json.RiskEventJsonBatch} (a streamed JSON array
 * or NDJSON batch).<br>
 * <b>May use:</b> the public package of risk, kernel, Jackson's streaming API.<br>
 * <b>Must not:</b> know HTTP or Spring (callers turn problems into responses), or hold risk rules:
 * value limits come from {@link io.rampart.risk.EventValidation}.
 */
package io.rampart.server.risk.json;
