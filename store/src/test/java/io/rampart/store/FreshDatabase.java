package io.rampart.store;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties the shared {@link TestDatabase} before each test, ahead of every {@code @BeforeEach}
 * method (including those of abstract contract classes). Use with
 * {@code @ExtendWith(FreshDatabase.class)}.
 */
public final class FreshDatabase implements BeforeEachCallback {
  @Override
  public void beforeEach(ExtensionContext context) {
    TestDatabase.reset();
  }
}
