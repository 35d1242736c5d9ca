package io.rampart.risk.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.EventContext;
import io.rampart.risk.Finding;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskReason;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One row of a rule's table: a profile, an event in a context, and the expected reason ({@code
 * null}: the rule abstains). {@link #check} also holds every rule to its contract.
 */
record RuleCase(
    String name,
    Profile profile,
    RiskEvent event,
    EventContext context,
    RuleParameters params,
    RiskReason expected) {

  Arguments row() {
    return Arguments.of(name, this);
  }

  void check(RiskRule rule) {
    Finding finding = rule.evaluate(profile, event, context, params);
    if (expected == null) {
      assertThat(finding).as(name).isEqualTo(Finding.ABSTAIN);
      return;
    }
    assertThat(rule.appliesTo())
        .as("applies to " + event.actionType())
        .contains(event.actionType());
    assertThat(finding).as(name).isInstanceOf(Finding.Signal.class);
    var signal = (Finding.Signal) finding;
    assertThat(signal.reason()).as(name).isEqualTo(expected);
    assertThat(signal.points()).as(name).isBetween(1, params.points());
    assertThat(signal.detail()).as(name).isNotBlank();
  }
}
