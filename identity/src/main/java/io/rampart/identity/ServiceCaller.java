package io.rampart.identity;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A backend system authenticated by one of its service keys.
 *
 * @param keyId the key it presented
 * @param name the key's name: the sender that events and audit records are attributed to
 * @param scopes what the key may do
 */
public record ServiceCaller(UUID keyId, String name, Set<String> scopes) {
  public ServiceCaller {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(name, "name");
    scopes = Set.copyOf(scopes);
  }

  public boolean may(String scope) {
    return scopes.contains(scope);
  }
}
