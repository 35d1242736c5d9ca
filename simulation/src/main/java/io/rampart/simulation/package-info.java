/**
 * A seeded simulator of an exchange's accounts with labelled attacks, and the tally that scores
 * decisions against its ground truth: the workload behind {@code docs/detection.md}.
 *
 * <p>Owners live by habits: a home city and ISP, a phone on a mobile carrier whose addresses a
 * geo-IP database places at the carrier's hub, one to three devices whose browsers update after
 * each release, phones replaced now and then (MFA re-enrolled), sign-in hours, typos, trips abroad
 * with hotel networks and roaming, VPNs for a few, API bots in data centres for some, deposits, and
 * withdrawals with their own amounts, known addresses, whitelists and now and then a new address.
 * Attackers of eight kinds ({@link io.rampart.simulation.Actor}) strike distinct victims after a
 * warm-up, each incident labelled. Labels travel beside the events ({@link
 * io.rampart.simulation.SimulatedEvent}), never inside them, so the events are plain schema-v1
 * events.
 *
 * <p>A module of its own rather than part of {@code bench}: the server's {@code simulate} and
 * {@code replay --labels} commands use it, and it holds no benchmark. Pure and deterministic like
 * the engine: the same settings give the same events on every run and machine.
 *
 * <p><b>Owns:</b> the simulated world (networks, addresses and their IP facts), owner behaviour,
 * attack scripts, labels, the naive baseline and the detection tally.<br>
 * <b>Exposes:</b> {@link io.rampart.simulation.Simulation}, {@link
 * io.rampart.simulation.SimulationSettings}, {@link io.rampart.simulation.SimulatedEvent}, {@link
 * io.rampart.simulation.Label}, {@link io.rampart.simulation.Actor}, {@link
 * io.rampart.simulation.NaiveBaseline}, {@link io.rampart.simulation.DetectionTally}.<br>
 * <b>May use:</b> kernel; the public package of risk (events, decisions, IP facts).<br>
 * <b>Must not:</b> do I/O, read a clock or an unseeded random source, or use Spring, JDBC, HTTP or
 * Jackson (hosts write the files).
 */
package io.rampart.simulation;
