package io.rampart.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** Starts Rampart: {@code java -jar rampart-server.jar}. */
// No user store: sessions and the operator token are Rampart's own (and Boot's generated
// password must never be printed).
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class RampartApplication {
  public static void main(String[] args) {
    SpringApplication.run(RampartApplication.class, args);
  }
}
