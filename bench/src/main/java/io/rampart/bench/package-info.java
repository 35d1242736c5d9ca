/**
 * Benchmarks: JMH micro-benchmarks of in-process hot paths, HTTP load harnesses, and the crash
 * harness that kills the server mid-load and checks nothing acknowledged was lost.
 *
 * <p><b>Owns:</b> the measurements reported in {@code docs/benchmarks.md} and {@code
 * docs/screening.md}, each with the command that reproduces it, and the screening labelled set's
 * generator ({@code LabelledNames}).<br>
 * <b>Exposes:</b> nothing to other modules; run as {@code java -jar bench/target/benchmarks.jar}
 * (JMH) and {@code java -cp bench/target/benchmarks.jar io.rampart.bench.SignInLoad}, {@code
 * ...RiskLoad} (load) and {@code ...RiskCrash} ({@code kill -9}); the harnesses start the built
 * server jar as their own process and address loopback only. {@code ...ScreeningQuality} measures
 * screening's recall and false positives, {@code ...ScreeningLoad} its list load and swap times and
 * index memory.<br>
 * <b>May use:</b> every module's public packages and the in-memory port fakes of their test-jars;
 * Datafaker's name lists, for the screening negatives.<br>
 * <b>Must not:</b> be a dependency of any other module; assert anything (tests assert behaviour,
 * benchmarks report figures; the crash harness reports what it found and exits non-zero if anything
 * was lost).
 */
package io.rampart.bench;
