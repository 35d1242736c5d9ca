package io.rampart.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rampart.server.web.ChallengeJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem details body, as every error response carries it.
 *
 * @param type a URI naming the kind of problem; one per code
 * @param title the code's fixed summary
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param code the stable reason code clients branch on
 * @param instance the request path
 * @param correlationId for internal errors: the id under which the failure was logged
 * @param challenge for {@code AUTH_STEP_UP_REQUIRED}: the challenge to complete
 * @param errors for a body with several bad fields: each field's problem, the first of which gives
 *     {@code code}
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemBody(
    @Schema(example = "https://rampart.dev/problems/auth-throttled") String type,
    String title,
    int status,
    String detail,
    @Schema(example = "AUTH_THROTTLED") String code,
    @Schema(example = "/api/v1/sessions") String instance,
    String correlationId,
    ChallengeJson challenge,
    List<FieldError> errors) {
  public ProblemBody(
      String type,
      String title,
      int status,
      String detail,
      String code,
      String instance,
      String correlationId) {
    this(type, title, status, detail, code, instance, correlationId, null, null);
  }

  /**
   * One field's problem.
   *
   * @param field the field's path in the body, such as {@code amountMinor} or {@code [3].ip};
   *     absent for a problem with a whole entry
   */
  @Schema(name = "FieldError")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(
      @Schema(example = "usdCents") String field,
      @Schema(example = "REQ_INVALID_FIELD") String code,
      String detail) {}
}
