package io.rampart.server;

import io.rampart.server.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Starts Rampart: {@code java -jar rampart-server.jar}, or runs one of its {@link Commands} ({@code
 * java -jar rampart-server.jar replay ...}) without starting the server.
 */
// No user store: sessions and the operator token are Rampart's own (and Boot's generated
// password must never be printed).
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class RampartApplication {
  public static void main(String[] args) {
    if (Commands.isCommand(args)) {
      System.exit(Commands.run(args, System.out, System.err));
    }
    SpringApplication.run(RampartApplication.class, args);
  }
}
