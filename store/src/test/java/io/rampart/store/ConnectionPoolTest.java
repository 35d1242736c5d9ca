package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionPoolTest {
  @Test
  void refusesAUrlForAnotherDatabase() {
    assertThatThrownBy(() -> ConnectionPool.open("jdbc:mysql://db/rampart", "u", "secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageNotContaining("secret");
  }
}
