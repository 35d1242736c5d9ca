package io.rampart.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

  private static ReasonCode codeOf(Runnable check) {
    try {
      check.run();
      return null;
    } catch (ApiProblem problem) {
      return problem.code();
    }
  }

  @Test
  void namesTheFirstBrokenRule() {
    assertThat(codeOf(() -> RequestFields.text("f", null, 5)))
        .isEqualTo(ReasonCode.REQ_MISSING_FIELD);
    assertThat(codeOf(() -> RequestFields.text("f", "123456", 5)))
        .isEqualTo(ReasonCode.REQ_FIELD_TOO_LONG);
    assertThat(codeOf(() -> RequestFields.text("f", "a\u0085b", 5)))
        .isEqualTo(ReasonCode.REQ_CONTROL_CHARACTERS);
    assertThat(codeOf(() -> RequestFields.email("email", "no-at-sign")))
        .isEqualTo(ReasonCode.REQ_INVALID_EMAIL);
    assertThat(codeOf(() -> RequestFields.email("email", "someone@example.com"))).isNull();
  }

  @Test
  void neverEchoesTheValueInTheDetail() {
    assertThatThrownBy(() -> RequestFields.text("password", "secret\u0000value", 100))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> assertThat(p.detail()).contains("password").doesNotContain("secret"));
  }
}
