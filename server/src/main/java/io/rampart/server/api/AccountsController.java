package io.rampart.server.api;

import io.rampart.identity.Identity;
import io.rampart.identity.RegistrationOutcome;
import io.rampart.identity.VerificationOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration and e-mail verification. */
@Tag(name = "Accounts")
@RestController
final class AccountsController {
  static final String ACCEPTED_MESSAGE =
      "If the address can be used, a message is on its way to it: follow the link inside to"
          + " verify the address, then sign in.";

  private final Identity identity;

  AccountsController(Identity identity) {
    this.identity = identity;
  }

  /** A registration request. */
  public record RegistrationRequest(String email, String password) implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.email("email", email);
      RequestFields.text("password", password, RequestFields.MAX_PASSWORD);
    }

    @Override
    public String toString() {
      return "RegistrationRequest[email=" + email + ", password=***]";
    }
  }

  /** The same answer whether or not the address already has an account. */
  public record Accepted(String status, String message) {}

  @Operation(
      summary = "Register an account",
      description =
          "Answers 202 with the same body whether or not the address is taken; the mailbox is"
              + " told which (a verification link, or a notice that someone tried to register).")
  @Problems({
    ReasonCode.REQ_INVALID_EMAIL,
    ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS,
    ReasonCode.AUTH_PASSWORD_TOO_SHORT,
    ReasonCode.AUTH_PASSWORD_TOO_LONG,
    ReasonCode.AUTH_PASSWORD_COMMON,
    ReasonCode.AUTH_PASSWORD_WEAK,
    ReasonCode.AUTH_PASSWORD_CONTAINS_EMAIL,
    ReasonCode.AUTH_OVERLOADED
  })
  @ApiResponse(
      responseCode = "202",
      description = "Accepted (whether or not the address already had an account)",
      content = @Content(schema = @Schema(implementation = Accepted.class)))
  @PostMapping(
      path = "/api/v1/accounts",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted register(@RequestBody RegistrationRequest request, HttpServletRequest http) {
    char[] password = request.password().toCharArray();
    try {
      return switch (identity.register(request.email(), password, ClientOrigin.of(http))) {
        case RegistrationOutcome.Accepted() -> new Accepted("accepted", ACCEPTED_MESSAGE);
        case RegistrationOutcome.Rejected(var reason, var detail) ->
            throw new ApiProblem(reason, detail);
        case RegistrationOutcome.Overloaded(var retryAfter) ->
            throw new ApiProblem(ReasonCode.AUTH_OVERLOADED, null, retryAfter);
      };
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** A verification token from the link in the mail. */
  public record VerificationRequest(String token) implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("token", token, RequestFields.MAX_TOKEN);
    }

    @Override
    public String toString() {
      return "VerificationRequest[token=***]";
    }
  }

  public record Verified(String accountId, boolean emailVerified) {}

  @Operation(summary = "Verify an e-mail address with the token from the verification link")
  @Problems({
    ReasonCode.AUTH_VERIFICATION_TOKEN_INVALID,
    ReasonCode.AUTH_VERIFICATION_TOKEN_EXPIRED
  })
  @PostMapping(
      path = "/api/v1/accounts/email-verification",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Verified verify(@RequestBody VerificationRequest request, HttpServletRequest http) {
    return switch (identity.verifyEmail(request.token(), ClientOrigin.of(http))) {
      case VerificationOutcome.Verified(var account) -> new Verified(account.toString(), true);
      case VerificationOutcome.Rejected(var reason) -> throw new ApiProblem(reason);
    };
  }
}
