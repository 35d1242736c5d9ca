package io.rampart.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ErrorCategory;
import io.rampart.kernel.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemStatusTest {

  @ParameterizedTest
  @EnumSource(ErrorCategory.class)
  void mapsEveryCategoryToAnErrorStatus(ErrorCategory category) {
    assertThat(ProblemStatus.of(category)).isBetween(400, 599);
  }

  @Test
  void answersTheStatusesTheApiPromises() {
    assertThat(ProblemStatus.of(ReasonCode.AUTH_INVALID_CREDENTIALS)).isEqualTo(401);
    assertThat(ProblemStatus.of(ReasonCode.AUTH_EMAIL_NOT_VERIFIED)).isEqualTo(403);
    assertThat(ProblemStatus.of(ReasonCode.AUTH_THROTTLED)).isEqualTo(429);
    assertThat(ProblemStatus.of(ReasonCode.AUTH_OVERLOADED)).isEqualTo(503);
    assertThat(ProblemStatus.of(ReasonCode.REQ_BODY_TOO_LARGE)).isEqualTo(413);
    assertThat(ProblemStatus.of(ReasonCode.REQ_UNSUPPORTED_MEDIA_TYPE)).isEqualTo(415);
    assertThat(ProblemStatus.of(ReasonCode.REQ_NOT_ACCEPTABLE)).isEqualTo(406);
    assertThat(ProblemStatus.of(ReasonCode.REQ_METHOD_NOT_ALLOWED)).isEqualTo(405);
    assertThat(ProblemStatus.of(ReasonCode.SYS_INTERNAL)).isEqualTo(500);
  }

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void namesEveryCodeWithItsOwnProblemType(ReasonCode code) {
    assertThat(ProblemResponder.typeOf(code))
        .startsWith("https://rampart.dev/problems/")
        .doesNotContain("_")
        .isLowerCase();
  }

  @Test
  void roundsRetryAfterUpToWholeSeconds() {
    assertThat(ProblemResponder.retryAfterSeconds(java.time.Duration.ofMillis(1))).isEqualTo(1);
    assertThat(ProblemResponder.retryAfterSeconds(java.time.Duration.ofMillis(1001))).isEqualTo(2);
    assertThat(ProblemResponder.retryAfterSeconds(java.time.Duration.ofSeconds(30))).isEqualTo(30);
    assertThat(ProblemResponder.retryAfterSeconds(java.time.Duration.ZERO)).isEqualTo(1);
  }
}
