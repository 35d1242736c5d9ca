package io.rampart.kernel;

import java.util.function.Supplier;

/**
 * Runs work as one atomic unit: everything the work writes through Rampart's ports commits
 * together, or nothing does. That is how an audit record and an outbox message commit with the
 * state change that caused them.
 *
 * <p>Contract: if {@code work} throws, every write made inside it is rolled back and the exception
 * propagates unchanged. Calls nest: an inner call joins the outer unit. Implementations are
 * thread-safe; a unit is bound to the calling thread.
 */
public interface TransactionRunner {
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** For fakes and pure tests: runs the work directly, with no atomicity. */
  TransactionRunner DIRECT =
      new TransactionRunner() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };
}
