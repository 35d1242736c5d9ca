package io.rampart.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Rampart: {@code java -jar rampart-server.jar}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RampartApplication {
  public static void main(String[] args) {
    SpringApplication.run(RampartApplication.class, args);
  }
}
