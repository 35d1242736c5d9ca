package io.rampart.server.api;

import io.rampart.audit.AuditRecord;
import io.rampart.audit.AuditTrail;
import io.rampart.identity.AccountOverview;
import io.rampart.identity.Identity;
import io.rampart.identity.PasswordChangeOutcome;
import io.rampart.identity.SensitiveAction;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.CallerSession;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in caller's own account: profile, security overview, activity, password. */
@Tag(name = "Account")
@RestController
final class AccountController {
  static final int MAX_ACTIVITY = 100;

  private final Identity identity;
  private final AuditTrail audit;
  private final StepUpGuard stepUp;

  AccountController(Identity identity, AuditTrail audit, StepUpGuard stepUp) {
    this.identity = identity;
    this.audit = audit;
    this.stepUp = stepUp;
  }

  /**
   * @param secondFactor whether the account has an authenticator app or a passkey
   * @param withdrawalsLockedUntil when the withdrawal lock after a recent security change ends, if
   *     one is in force
   * @param withdrawalLockReason the change that caused it ({@code password-change}, {@code
   *     factor-removal}, ...)
   */
  public record Security(
      boolean emailVerified,
      Instant emailVerifiedAt,
      Instant passwordChangedAt,
      long passwordAgeDays,
      int activeSessions,
      boolean secondFactor,
      Instant withdrawalsLockedUntil,
      String withdrawalLockReason) {}

  public record Profile(String id, String email, Instant createdAt, Security security) {
    static Profile of(AccountOverview o) {
      return new Profile(
          o.id().toString(),
          o.email(),
          o.createdAt(),
          new Security(
              o.emailVerified(),
              o.emailVerifiedAt(),
              o.passwordChangedAt(),
              o.passwordAgeDays(),
              o.activeSessions(),
              o.secondFactor(),
              o.withdrawalLock() == null ? null : o.withdrawalLock().until(),
              o.withdrawalLock() == null ? null : o.withdrawalLock().change().wireName()));
    }
  }

  @Operation(summary = "The caller's profile and a summary of the account's security")
  @SecurityRequirement(name = "session")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.AUTH_SESSION_EXPIRED})
  @GetMapping(path = "/api/v1/account", produces = MediaType.APPLICATION_JSON_VALUE)
  Profile profile(@AuthenticationPrincipal CallerSession caller) {
    return identity
        .overview(caller.account())
        .map(Profile::of)
        .orElseThrow(() -> new ApiProblem(ReasonCode.AUTH_UNAUTHENTICATED));
  }

  public record PasswordChange(String currentPassword, String newPassword)
      implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("currentPassword", currentPassword, RequestFields.MAX_PASSWORD);
      RequestFields.text("newPassword", newPassword, RequestFields.MAX_PASSWORD);
    }

    @Override
    public String toString() {
      return "PasswordChange[***]";
    }
  }

  public record PasswordChanged(int sessionsEnded) {}

  @Operation(
      summary = "Change the password",
      description =
          "Ends every other session of the account (the current one stays), revokes every"
              + " trusted device and locks withdrawals for a while. This is the change-password"
              + " action of the action catalogue: by default it needs a fresh second factor"
              + " (401 AUTH_STEP_UP_REQUIRED with the challenge).")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_STEP_UP_REQUIRED,
    ReasonCode.AUTH_MFA_ENROLMENT_REQUIRED,
    ReasonCode.AUTH_MFA_THROTTLED,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.AUTH_CURRENT_PASSWORD_WRONG,
    ReasonCode.AUTH_THROTTLED,
    ReasonCode.AUTH_PASSWORD_INVALID_CHARACTERS,
    ReasonCode.AUTH_PASSWORD_TOO_SHORT,
    ReasonCode.AUTH_PASSWORD_TOO_LONG,
    ReasonCode.AUTH_PASSWORD_COMMON,
    ReasonCode.AUTH_PASSWORD_WEAK,
    ReasonCode.AUTH_PASSWORD_CONTAINS_EMAIL,
    ReasonCode.AUTH_PASSWORD_UNCHANGED,
    ReasonCode.AUTH_OVERLOADED
  })
  @PutMapping(
      path = "/api/v1/account/password",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  PasswordChanged changePassword(
      @RequestBody PasswordChange request,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    stepUp.require(caller, SensitiveAction.CHANGE_PASSWORD, http);
    char[] current = request.currentPassword().toCharArray();
    char[] next = request.newPassword().toCharArray();
    try {
      return switch (identity.changePassword(
          caller.account(), caller.session(), current, next, ClientOrigin.of(http))) {
        case PasswordChangeOutcome.Changed(var ended) -> new PasswordChanged(ended);
        case PasswordChangeOutcome.Rejected(var reason, var detail) ->
            throw new ApiProblem(reason, detail);
        case PasswordChangeOutcome.Overloaded(var retryAfter) ->
            throw new ApiProblem(ReasonCode.AUTH_OVERLOADED, null, retryAfter);
        case PasswordChangeOutcome.Throttled(var retryAfter) ->
            throw new ApiProblem(ReasonCode.AUTH_THROTTLED, null, retryAfter);
      };
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(next, '\0');
    }
  }

  public record ActivityEvent(
      long sequence,
      String type,
      Instant occurredAt,
      String ipAddress,
      String userAgent,
      Map<String, String> data) {
    static ActivityEvent of(AuditRecord r) {
      return new ActivityEvent(
          r.sequence(), r.type(), r.occurredAt(), r.ipAddress(), r.userAgent(), r.data());
    }
  }

  /**
   * @param nextBefore pass as {@code before} to get the next (older) page; absent on the last
   */
  public record Activity(List<ActivityEvent> events, Long nextBefore) {}

  @Operation(summary = "The caller's own security events, newest first")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED
  })
  @GetMapping(path = "/api/v1/account/activity", produces = MediaType.APPLICATION_JSON_VALUE)
  Activity activity(
      @RequestParam(name = "limit", defaultValue = "20") int limit,
      @RequestParam(name = "before", required = false) Long before,
      @AuthenticationPrincipal CallerSession caller) {
    if (limit < 1 || limit > MAX_ACTIVITY) {
      throw new ApiProblem(
          ReasonCode.REQ_INVALID_PARAMETER, "limit must be between 1 and " + MAX_ACTIVITY + ".");
    }
    if (before != null && before < 1) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "before must be positive.");
    }
    List<ActivityEvent> events =
        audit.forAccount(caller.account(), before, limit).stream().map(ActivityEvent::of).toList();
    Long nextBefore = events.size() == limit ? events.getLast().sequence() : null;
    return new Activity(events, nextBefore);
  }
}
