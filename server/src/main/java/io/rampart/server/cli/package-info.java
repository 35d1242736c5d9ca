/**
 * Commands the server jar runs instead of the server ({@code java -jar rampart-server.jar replay
 * ...}), dispatched by {@link io.rampart.server.cli.Commands} before Spring starts.
 *
 * <p><b>Owns:</b> the {@code replay} command (the engine over a file of events on fresh profiles,
 * and the detection report against a simulation's labels), the {@code simulate} command, and the
 * formats of the IP facts and labels files.<br>
 * <b>Exposes:</b> {@link io.rampart.server.cli.Commands}, for the main class.<br>
 * <b>May use:</b> the public packages of risk, simulation and models (the shipped models a policy
 * may name), the event codec ({@code server.risk.json}), Jackson. <br>
 * <b>Must not:</b> start Spring, open a database or a port, or read the clock into a decision: a
 * replay is a pure function of its files.
 */
package io.rampart.server.cli;
