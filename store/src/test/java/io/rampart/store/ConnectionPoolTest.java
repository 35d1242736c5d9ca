package io.rampart.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {
  @Test
  void refusesAUrlForAnotherDatabase() {
    assertThatThrownBy(() -> ConnectionPool.open("jdbc:mysql://db/rampart", "u", "secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageNotContaining("secret");
  }

  @Test
  void refusesAConnectionTimeoutHikariWouldIgnore() {
    assertThatThrownBy(
            () ->
                ConnectionPool.open(
                    "jdbc:postgresql://db/rampart", "u", "secret", Duration.ofMillis(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 500 ms")
        .hasMessageNotContaining("secret");
  }

  @Test
  void checksALentConnectionWithinTheCallersWait() {
    assertThat(ConnectionPool.validationTimeout(Duration.ofSeconds(3)))
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(ConnectionPool.validationTimeout(Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofSeconds(5));
  }
}
