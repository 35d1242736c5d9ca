package io.rampart.risk;

import java.util.Optional;
import java.util.Set;

/**
 * The models a host has loaded, by name, for {@link Policy#parse(String, ModelCatalogue)} to bind
 * to the policy's model rule. Contract: lookups MUST be deterministic and thread-safe.
 */
public interface ModelCatalogue {
  /** No models: a policy that enables the model rule is refused. */
  ModelCatalogue NONE =
      new ModelCatalogue() {
        @Override
        public Optional<RiskModel> find(String name) {
          return Optional.empty();
        }

        @Override
        public Set<String> names() {
          return Set.of();
        }
      };

  Optional<RiskModel> find(String name);

  /** The names of the models loaded, for messages. */
  Set<String> names();
}
