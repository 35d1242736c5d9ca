package io.rampart.server.api;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.audit.AuditTrail;
import io.rampart.identity.ServiceKey;
import io.rampart.identity.ServiceKeyOutcome;
import io.rampart.identity.ServiceKeys;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.TransactionRunner;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.OperatorToken;
import io.rampart.server.security.ServiceScope;
import io.rampart.server.web.ClientOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Operators create, list and revoke the service keys backend systems call Rampart with. */
@Tag(name = "Operator")
@RestController
final class ServiceKeysController {
  private static final String OPERATOR = OperatorToken.NAME;

  private final ServiceKeys keys;
  private final AuditTrail audit;
  private final TransactionRunner transactions;

  ServiceKeysController(ServiceKeys keys, AuditTrail audit, TransactionRunner transactions) {
    this.keys = keys;
    this.audit = audit;
    this.transactions = transactions;
  }

  /**
   * @param name who the key is for, as it appears in audit records and as the sender of events
   * @param scopes what it may do
   */
  public record CreateServiceKey(String name, List<String> scopes) {}

  /** A key as listed; the secret is never shown again. */
  public record ServiceKeyItem(
      String id,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      String createdBy,
      Instant lastUsedAt,
      Instant revokedAt,
      @Schema(allowableValues = {"ACTIVE", "REVOKED"}) String status) {
    static ServiceKeyItem of(ServiceKey key) {
      return new ServiceKeyItem(
          key.id().toString(),
          key.name(),
          key.prefix(),
          List.copyOf(key.scopes()),
          key.createdAt(),
          key.createdBy(),
          key.lastUsedAt(),
          key.revokedAt(),
          key.active() ? "ACTIVE" : "REVOKED");
    }
  }

  /** A new key with its secret: send it as {@code Authorization: Bearer}; it is shown only now. */
  public record CreatedServiceKey(
      String id,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      String secret) {
    @Override
    public String toString() {
      return "CreatedServiceKey[id=" + id + ", name=" + name + ", secret=***]";
    }
  }

  public record ServiceKeyList(List<ServiceKeyItem> keys) {}

  public record ScopeItem(String scope, String description) {}

  public record ScopeList(List<ScopeItem> scopes) {}

  @Operation(
      summary = "Create a service key",
      description = "The secret is in this response only; Rampart keeps just its hash.")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNKNOWN_SCOPE, ReasonCode.AUTH_UNAUTHENTICATED})
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CreatedServiceKey.class)))
  @PostMapping(
      path = "/api/v1/admin/service-keys",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CreatedServiceKey> create(
      @RequestBody CreateServiceKey request, HttpServletRequest http) {
    var scopes = request.scopes() == null ? null : new LinkedHashSet<>(request.scopes());
    return switch (keys.create(request.name(), scopes, OPERATOR, ClientOrigin.of(http))) {
      case ServiceKeyOutcome.Created(var key, var secret) ->
          ResponseEntity.created(URI.create("/api/v1/admin/service-keys/" + key.id()))
              .body(
                  new CreatedServiceKey(
                      key.id().toString(),
                      key.name(),
                      key.prefix(),
                      List.copyOf(key.scopes()),
                      key.createdAt(),
                      secret));
      case ServiceKeyOutcome.Rejected(var reason, var field, var detail) ->
          throw new ApiProblem(reason, detail);
    };
  }

  @Operation(summary = "List service keys, newest first, revoked ones included")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(path = "/api/v1/admin/service-keys", produces = MediaType.APPLICATION_JSON_VALUE)
  ServiceKeyList list(HttpServletRequest http) {
    transactions.run(
        () ->
            audit.append(
                new AuditEvent(
                    "operator.service-keys-listed",
                    Actor.operator(OPERATOR),
                    null,
                    ClientOrigin.of(http),
                    Map.of())));
    return new ServiceKeyList(keys.list().stream().map(ServiceKeyItem::of).toList());
  }

  @Operation(summary = "The scopes a service key may be given")
  @SecurityRequirement(name = "operator")
  @Problems({ReasonCode.AUTH_UNAUTHENTICATED})
  @GetMapping(
      path = "/api/v1/admin/service-keys/scopes",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ScopeList scopes() {
    return new ScopeList(
        Arrays.stream(ServiceScope.values())
            .map(s -> new ScopeItem(s.value(), s.description()))
            .toList());
  }

  @Operation(summary = "Revoke a service key; it stops working at once")
  @SecurityRequirement(name = "operator")
  @Problems({
    ReasonCode.REQ_INVALID_PARAMETER,
    ReasonCode.AUTH_SERVICE_KEY_NOT_FOUND,
    ReasonCode.AUTH_UNAUTHENTICATED
  })
  @ApiResponse(responseCode = "204", description = "Revoked")
  @DeleteMapping("/api/v1/admin/service-keys/{id}")
  ResponseEntity<Void> revoke(@PathVariable("id") String id, HttpServletRequest http) {
    UUID keyId;
    try {
      keyId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(ReasonCode.REQ_INVALID_PARAMETER, "The key id is not valid.");
    }
    if (keys.revoke(keyId, OPERATOR, ClientOrigin.of(http)).isEmpty()) {
      throw new ApiProblem(ReasonCode.AUTH_SERVICE_KEY_NOT_FOUND);
    }
    return ResponseEntity.noContent().build();
  }
}
