package io.rampart.server.config;

import org.springframework.boot.diagnostics.FailureAnalyzedException;

/**
 * A setting or file Rampart cannot start with, told to the operator in two parts: what is wrong and
 * what to do. Thrown while the application starts, it is reported by Spring Boot's failure analysis
 * (the "APPLICATION FAILED TO START" report) with just these two parts, instead of a stack trace of
 * bean-creation exceptions with the message buried inside. The description names the setting or
 * file; like every message, it never holds a secret.
 */
public final class ConfigurationProblem extends FailureAnalyzedException {
  /**
   * @param description what is wrong, naming the setting or file
   * @param action what the operator should do about it
   */
  public ConfigurationProblem(String description, String action) {
    super(description, action);
  }

  /** What the operator should do. */
  public String action() {
    return analysis().getAction();
  }
}
