/**
 * The risk engine: scores sign-ins, withdrawals and security changes against each account's own
 * behaviour and known threats, and decides with reasons.
 *
 * <p><b>Owns:</b> the risk event schema, behavioural profiles and their binary form, the rules, the
 * policy format, and assessments.<br>
 * <b>Exposes:</b> the events ({@link io.rampart.risk.RiskEvent}) and their validation, the facade
 * {@link io.rampart.risk.RiskEngine}, {@link io.rampart.risk.Profile} and {@link
 * io.rampart.risk.ProfileCodec}, {@link io.rampart.risk.Policy} and its parser, the ports {@link
 * io.rampart.risk.IpIntelligence}, {@link io.rampart.risk.GlobalFeatureStats} and {@link
 * io.rampart.risk.RiskModel} (with {@link io.rampart.risk.ModelCatalogue}), the model's feature
 * vector {@link io.rampart.risk.ModelFeatures}, and the rule contract {@link
 * io.rampart.risk.RiskRule}; and the storage ports a host of the engine needs ({@link
 * io.rampart.risk.RiskRecordStore} for events with their assessments, {@link
 * io.rampart.risk.RiskAlertStore}, {@link io.rampart.risk.ProfileStore}, {@link
 * io.rampart.risk.FeatureCountStore}), whose in-memory fakes and contract tests are in the
 * test-jar.<br>
 * <b>May use:</b> kernel; SnakeYAML Engine (policy files only).<br>
 * <b>Must not:</b> do I/O, read a clock or a random source, or use Spring, JDBC, HTTP, Kafka or
 * Jackson: the same code runs in-process, inside Kafka Streams and in the replay tool, and must
 * give the same decisions byte for byte.
 *
 * <p>Time always comes from the event ({@code occurredAt}); IP facts and global feature counts come
 * with the event in an {@link io.rampart.risk.EventContext}, and a trained model is loaded by the
 * host and bound to the policy's model rule at parse time, so rules are pure functions.
 */
package io.rampart.risk;
