/**
 * The risk engine: scores sign-ins, withdrawals and security changes against each account's own
 * behaviour and known threats, and decides with reasons.
 *
 * <p><b>Owns:</b> the risk event schema, behavioural profiles and their binary form, the rules, the
 * policy format, and assessments.<br>
 * <b>Exposes:</b> the events ({@link io.rampart.risk.RiskEvent}) and their validation, the facade
 * {@link io.rampart.risk.RiskEngine}, {@link io.rampart.risk.Profile} and {@link
 * io.rampart.risk.ProfileCodec}, {@link io.rampart.risk.Policy} and its parser, the ports {@link
 * io.rampart.risk.IpIntelligence}, {@link io.rampart.risk.GlobalFeatureStats}, {@link
 * io.rampart.risk.SourceStats} and {@link io.rampart.risk.RiskModel} (with {@link
 * io.rampart.risk.ModelCatalogue}), the in-memory state that spans accounts ({@link
 * io.rampart.risk.GlobalFeatureCounts}, {@link io.rampart.risk.SourceCounts}), IP literals ({@link
 * io.rampart.risk.IpAddress}), the model's feature vector {@link io.rampart.risk.ModelFeatures},
 * and the rule contract {@link io.rampart.risk.RiskRule}; and the storage ports a host of the
 * engine needs ({@link io.rampart.risk.RiskRecordStore} for events with their assessments, {@link
 * io.rampart.risk.RiskAlertStore}, {@link io.rampart.risk.ProfileStore}, {@link
 * io.rampart.risk.FeatureCountStore}), whose in-memory fakes and contract tests are in the
 * test-jar.<br>
 * <b>May use:</b> kernel; SnakeYAML Engine (policy files only).<br>
 * <b>Must not:</b> do I/O, read a clock or a random source, or use Spring, JDBC, HTTP, Kafka or
 * Jackson: the same code runs in-process, inside Kafka Streams and in the replay tool, and must
 * give the same decisions byte for byte.
 *
 * <p>Time always comes from the event ({@code occurredAt}); IP facts, global feature counts and the
 * attempts of the event's sources come with the event in an {@link io.rampart.risk.EventContext},
 * and a trained model is loaded by the host and bound to the policy's model rule at parse time, so
 * rules are pure functions.
 *
 * <p>State across accounts is fed by the host after each assessment, from the same events, so every
 * runtime decides alike: the global feature counts and the sign-in attempts per source (IP,
 * network, AS). Both are bounded sketches whose state after a set of events does not depend on
 * their order. In Kafka Streams the profiles are keyed by account; the source counts would be a
 * separate aggregate, its sign-ins repartitioned by source key (each source task holding a {@link
 * io.rampart.risk.SourceCounts} for its sources, serialised with {@code writeTo}), whose figures
 * join the account's events; the global counts likewise, or broadcast as a global table.
 */
package io.rampart.risk;
