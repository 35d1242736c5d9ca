package io.rampart.server.api;

import io.rampart.identity.Identity;
import io.rampart.identity.TrustedDeviceId;
import io.rampart.identity.TrustedDeviceView;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.CallerSession;
import io.rampart.server.security.Credentials;
import io.rampart.server.web.ClientOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The devices that skip the second factor, and revoking them. */
@Tag(name = "Account")
@RestController
final class TrustedDevicesController {
  static final String REVOKED_HEADER = "X-Rampart-Devices-Revoked";

  private final Identity identity;

  TrustedDevicesController(Identity identity) {
    this.identity = identity;
  }

  public record TrustedDevice(
      String id,
      String label,
      String ipAddress,
      Instant createdAt,
      Instant expiresAt,
      boolean current) {
    static TrustedDevice of(TrustedDeviceView view) {
      return new TrustedDevice(
          view.id().toString(),
          view.label(),
          view.ipAddress(),
          view.createdAt(),
          view.expiresAt(),
          view.current());
    }
  }

  public record TrustedDevices(List<TrustedDevice> devices) {}

  @Operation(summary = "The caller's trusted devices, newest first")
  @SecurityRequirement(name = "session")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED, ReasonCode.AUTH_SESSION_EXPIRED})
  @GetMapping(path = "/api/v1/account/trusted-devices", produces = MediaType.APPLICATION_JSON_VALUE)
  TrustedDevices list(@AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    return new TrustedDevices(
        identity
            .trustedDevices(caller.account(), Credentials.deviceToken(http).orElse(null))
            .stream()
            .map(TrustedDevice::of)
            .toList());
  }

  @Operation(summary = "Stop trusting one device: its next sign-in needs the second factor")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN,
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_TRUSTED_DEVICE_NOT_FOUND
  })
  @DeleteMapping("/api/v1/account/trusted-devices/{id}")
  ResponseEntity<Void> revoke(
      @PathVariable("id") String id,
      @AuthenticationPrincipal CallerSession caller,
      HttpServletRequest http) {
    TrustedDeviceId device;
    try {
      device = TrustedDeviceId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The device id is not valid.");
    }
    if (!identity.revokeTrustedDevice(caller.account(), device, ClientOrigin.of(http))) {
      throw new ApiProblem(ReasonCode.AUTH_TRUSTED_DEVICE_NOT_FOUND);
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Stop trusting every device",
      description = "The number revoked is in the X-Rampart-Devices-Revoked header.")
  @SecurityRequirement(name = "session")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_SESSION_EXPIRED,
    ReasonCode.AUTH_FORBIDDEN
  })
  @DeleteMapping("/api/v1/account/trusted-devices")
  ResponseEntity<Void> revokeAll(
      @AuthenticationPrincipal CallerSession caller, HttpServletRequest http) {
    int revoked = identity.revokeTrustedDevices(caller.account(), ClientOrigin.of(http));
    return ResponseEntity.noContent().header(REVOKED_HEADER, Integer.toString(revoked)).build();
  }
}
