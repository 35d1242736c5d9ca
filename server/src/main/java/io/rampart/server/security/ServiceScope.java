package io.rampart.server.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a service key may be allowed to do. A capability that opens endpoints to backend systems
 * adds its scopes here and names, in {@link ServiceEndpoints}, which endpoints need them.
 */
public enum ServiceScope {
  RISK_EVALUATE("risk:evaluate", "Ask for a risk decision on one action."),
  EVENTS_WRITE("events:write", "Send risk events in batches."),
  RISK_READ("risk:read", "Read risk assessments."),
  SCREENING_SCREEN(
      "screening:screen",
      "Screen names and addresses against the sanctions lists; nothing is recorded."),
  SCREENING_CUSTOMERS(
      "screening:customers",
      "Screen a customer by id: record the customer's data and raise an alert on each hit.");

  private final String value;
  private final String description;

  ServiceScope(String value, String description) {
    this.value = value;
    this.description = description;
  }

  /** The scope's name as keys carry it, such as {@code risk:evaluate}. */
  public String value() {
    return value;
  }

  public String description() {
    return description;
  }

  /** The authority Spring Security grants a key with this scope. */
  String authority() {
    return "SCOPE_" + value;
  }

  public static Set<String> values(ServiceScope... scopes) {
    return Arrays.stream(scopes).map(ServiceScope::value).collect(Collectors.toSet());
  }

  /** Every scope's name. */
  public static Set<String> all() {
    return values(values());
  }
}
