/**
 * Benchmarks: JMH micro-benchmarks of in-process hot paths and an HTTP load harness.
 *
 * <p><b>Owns:</b> the measurements reported in {@code docs/benchmarks.md} and {@code
 * docs/screening.md}, each with the command that reproduces it, and the screening labelled set's
 * generator ({@code LabelledNames}).<br>
 * <b>Exposes:</b> nothing to other modules; run as {@code java -jar bench/target/benchmarks.jar}
 * (JMH), {@code java -cp bench/target/benchmarks.jar io.rampart.bench.SignInLoad} (load), {@code
 * io.rampart.bench.ScreeningQuality} (screening recall and false positives) and {@code
 * io.rampart.bench.ScreeningLoad} (list load and swap times, index memory).<br>
 * <b>May use:</b> every module's public packages and the in-memory port fakes of their test-jars;
 * Datafaker's name lists, for the screening negatives.<br>
 * <b>Must not:</b> be a dependency of any other module; assert anything (tests assert behaviour,
 * benchmarks report figures).
 */
package io.rampart.bench;
