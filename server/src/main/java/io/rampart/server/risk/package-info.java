/**
 * The risk engine hosted in the server's process.
 *
 * <p><b>Owns:</b> running the pure engine for this node: shards that apply each account's events in
 * order, the profile cache written behind, batched durable recording of events with their
 * assessments and alerts (one commit thread, shards' batches sharing a transaction), recovery after
 * a crash, the global feature counts in memory, the policy files (loaded, validated, reloaded,
 * shadow), and Rampart's own flows as risk events ({@link
 * io.rampart.server.risk.EngineSignInRisk}).<br>
 * <b>Exposes:</b> {@link io.rampart.server.risk.RiskHost} (submit, evaluate, ingest, read a
 * profile), {@link io.rampart.server.risk.PolicyFiles}, {@link
 * io.rampart.server.risk.RiskPolicies}, {@link io.rampart.server.risk.FeatureCounts}, and the
 * records a caller sees ({@link io.rampart.server.risk.RiskSubmission}, {@link
 * io.rampart.server.risk.RiskOutcome}, {@link io.rampart.server.risk.RiskUnavailableException}).
 * <br>
 * <b>May use:</b> the public packages of risk, identity, audit and kernel; the storage ports of
 * risk (implemented in store); the JSON codec in {@code io.rampart.server.risk.json}; SLF4J.<br>
 * <b>Must not:</b> know HTTP or Spring (controllers and wiring adapt it); decide anything itself:
 * decisions come from the engine and the policy, so a replay of the recorded events decides alike.
 */
package io.rampart.server.risk;
