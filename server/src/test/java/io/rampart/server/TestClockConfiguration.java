package io.rampart.server;

import io.rampart.kernel.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock; tests move it with {@link MutableClock#advance}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {
  @Bean
  @Primary
  MutableClock mutableClock() {
    return new MutableClock(ServerTestBase.START);
  }
}
