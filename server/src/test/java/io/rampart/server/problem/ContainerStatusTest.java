package io.rampart.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Codes for error statuses the container or a framework raised without one of ours. */
class ContainerStatusTest {

  @ParameterizedTest
  @ValueSource(ints = {400, 414, 431, 505})
  void answersARefusedRequestAsABadRequestNotAsABadBody(int status) {
    ReasonCode code = ProblemStatus.codeForContainerStatus(status);

    assertThat(code).isEqualTo(ReasonCode.REQ_BAD_REQUEST);
    assertThat(ProblemStatus.of(code)).isEqualTo(400);
  }

  @Test
  void answersAnUnimplementedMethodAsAMethodNotAllowedNotAsAnInternalError() {
    assertThat(ProblemStatus.codeForContainerStatus(501))
        .isEqualTo(ReasonCode.REQ_METHOD_NOT_ALLOWED);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void answersAServerSideStatusAsAnInternalError(int status) {
    assertThat(ProblemStatus.codeForContainerStatus(status)).isEqualTo(ReasonCode.SYS_INTERNAL);
  }
}
