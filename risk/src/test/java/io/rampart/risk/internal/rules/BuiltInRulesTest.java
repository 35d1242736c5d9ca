package io.rampart.risk.internal.rules;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.ActionType;
import io.rampart.risk.DeterminismTest;
import io.rampart.risk.EventContext;
import io.rampart.risk.Finding;
import io.rampart.risk.ParameterSpec;
import io.rampart.risk.Profile;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.RiskRule;
import io.rampart.risk.RuleParameters;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Every built-in rule against the parts of the {@link RiskRule} contract that hold for all. */
class BuiltInRulesTest {
  @Test
  void namesEachRuleUniquelyInKebabCase() {
    var ids = new HashSet<String>();
    for (RiskRule rule : BuiltInRules.all()) {
      assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
      assertThat(rule.parameters()).extracting(ParameterSpec::name).doesNotHaveDuplicates();
    }
  }

  @Test
  void abstainsOutsideItsActionTypesAndStaysWithinItsPointsOnAMixOfEvents() {
    var global = population();
    Profile profile = typicalProfile();
    for (RiskEvent e : DeterminismTest.events(7).subList(0, 800)) {
      var context = new EventContext(SINGAPORE, global);
      for (RiskRule rule : BuiltInRules.all()) {
        RuleParameters params = RuleParameters.defaults(rule, 17);
        Finding f = rule.evaluate(profile, e, context, params);
        assertThat(f).as(rule.id()).isNotNull();
        if (!rule.appliesTo().contains(e.actionType())) {
          assertThat(f).as(rule.id() + " on " + e.actionType()).isEqualTo(Finding.ABSTAIN);
        }
        if (f instanceof Finding.Signal s) {
          assertThat(s.points()).as(rule.id()).isBetween(1, 17);
        }
      }
    }
  }

  @Test
  void saysNothingAboutDeposits() {
    for (RiskRule rule : BuiltInRules.all()) {
      assertThat(rule.appliesTo()).as(rule.id()).doesNotContain(ActionType.DEPOSIT);
    }
  }
}
