/**
 * Benchmarks: JMH micro-benchmarks of in-process hot paths and an HTTP load harness.
 *
 * <p><b>Owns:</b> the measurements reported in {@code docs/benchmarks.md}, each with the command
 * that reproduces it.<br>
 * <b>Exposes:</b> nothing to other modules; run as {@code java -jar bench/target/benchmarks.jar}
 * (JMH) and {@code java -cp bench/target/benchmarks.jar io.rampart.bench.SignInLoad} (load).<br>
 * <b>May use:</b> every module's public packages and the in-memory port fakes of their test-jars.
 * <br>
 * <b>Must not:</b> be a dependency of any other module; assert anything (tests assert behaviour,
 * benchmarks report figures).
 */
package io.rampart.bench;
