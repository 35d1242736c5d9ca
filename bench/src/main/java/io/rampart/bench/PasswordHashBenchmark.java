package io.rampart.bench;

import io.rampart.identity.IdentitySettings.Argon2Parameters;
import io.rampart.identity.PasswordHasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one Argon2id hash and one verification at the OWASP minimum (19 MiB, t=2, p=1): the
 * floor under every sign-in, registration and password change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashBenchmark {
  private static final char[] PASSWORD = "violet tractor umbrella 42 quiet".toCharArray();

  private PasswordHasher hasher;
  private String encoded;

  @Setup
  public void setUp() {
    hasher = PasswordHasher.argon2id(Argon2Parameters.owaspMinimum());
    encoded = hasher.hash(PASSWORD.clone());
  }

  @Benchmark
  public String hash() {
    return hasher.hash(PASSWORD.clone());
  }

  @Benchmark
  public boolean verify() {
    return hasher.verify(encoded, PASSWORD.clone());
  }
}
