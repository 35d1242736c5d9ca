package io.rampart.server.api;

import io.rampart.audit.Actor;
import io.rampart.identity.ServiceCaller;
import io.rampart.kernel.ReasonCode;
import io.rampart.screening.AddressQuery;
import io.rampart.screening.AddressScreening;
import io.rampart.screening.BirthDate;
import io.rampart.screening.CustomerScreening;
import io.rampart.screening.NameQuery;
import io.rampart.screening.PartyType;
import io.rampart.screening.Screening;
import io.rampart.screening.ScreeningOutcome;
import io.rampart.server.api.ScreeningViews.AddressScreeningView;
import io.rampart.server.api.ScreeningViews.NameScreeningView;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.security.ServiceScope;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.rampart.server.web.ValidatedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Name and address screening against the sanctions lists in force. The exchange's backend calls
 * these; until scoped service keys exist they take the operator token. Without {@code customerId} a
 * screening writes nothing; with it, the customer is recorded (and screened again when lists
 * change) and each hit is raised as an alert for an analyst.
 */
@Tag(name = "Screening")
@RestController
final class ScreeningController {
  /** Longest field accepted at the HTTP layer; the screening rules are stricter (SCR_*). */
  static final int MAX_FIELD = 4096;

  private static final String CUSTOMERS_SCOPE = ServiceScope.SCREENING_CUSTOMERS.value();

  private final Screening screening;

  ScreeningController(Screening screening) {
    this.screening = screening;
  }

  /**
   * A name to screen.
   *
   * @param name the name in any script
   * @param type {@code person}, {@code organisation}, {@code vessel} or {@code aircraft}
   * @param birthDate {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @param nationality ISO 3166-1 alpha-2
   * @param country ISO 3166-1 alpha-2 country of residence or registration
   * @param customerId the exchange's customer id: records the customer and raises alerts
   * @param threshold the score a hit needs (0.5 to 1); only without {@code customerId}
   */
  public record NameRequest(
      String name,
      String type,
      String birthDate,
      String nationality,
      String country,
      String customerId,
      Double threshold)
      implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("name", name, MAX_FIELD);
      optional("type", type, 32);
      optional("birthDate", birthDate, 10);
      optional("nationality", nationality, 8);
      optional("country", country, 8);
      optional("customerId", customerId, MAX_FIELD);
      if (customerId != null && threshold != null) {
        throw new ApiProblem(
            ReasonCode.REQ_INVALID_FIELD,
            "A customer is screened at the configured threshold: leave out 'threshold'.");
      }
    }

    NameQuery query() {
      BirthDate born;
      try {
        born = birthDate == null ? null : BirthDate.parse(birthDate);
      } catch (IllegalArgumentException e) {
        throw new ApiProblem(
            ReasonCode.SCR_INVALID_BIRTH_DATE,
            "Field 'birthDate' must be YYYY, YYYY-MM or YYYY-MM-DD and a real date.");
      }
      return new NameQuery(name, partyType(type), born, upper(nationality), upper(country));
    }
  }

  @Operation(
      summary = "Screen a name against every sanctions list in force",
      description =
          "Answers the hits at or above the threshold, best first, each with the reasons for its"
              + " score, and the lists (with versions) the name was screened against. With"
              + " customerId, the customer is recorded and each hit is under an alert.")
  @SecurityRequirement(name = "service", scopes = "screening:screen")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_INSUFFICIENT_SCOPE,
    ReasonCode.SCR_INVALID_NAME,
    ReasonCode.SCR_NAME_TOO_LONG,
    ReasonCode.SCR_INVALID_BIRTH_DATE,
    ReasonCode.SCR_INVALID_COUNTRY,
    ReasonCode.SCR_INVALID_THRESHOLD,
    ReasonCode.SCR_INVALID_CUSTOMER_ID,
    ReasonCode.SCR_LISTS_UNAVAILABLE
  })
  @PostMapping(
      path = "/api/v1/screening/names",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  NameScreeningView screenName(
      @RequestBody NameRequest request,
      HttpServletRequest http,
      @AuthenticationPrincipal ServiceCaller caller) {
    NameQuery query = request.query();
    if (request.customerId() != null) {
      var outcome =
          screening.screenCustomer(
              request.customerId(), query, recording(caller), ClientOrigin.of(http));
      return NameScreeningView.of(request.customerId(), result(outcome));
    }
    var outcome =
        request.threshold() == null
            ? screening.screenName(query)
            : screening.screenName(query, request.threshold());
    return NameScreeningView.of(result(outcome));
  }

  /**
   * An address to screen.
   *
   * @param address as the customer gave it
   * @param asset the asset or network (BTC or XBT, ETH, TRX, USDT, ...): decides the format and
   *     checksum checked
   * @param customerId the exchange's customer id: raises an alert per list hit
   */
  public record AddressRequest(String address, String asset, String customerId)
      implements ValidatedRequest {
    @Override
    public void validate() {
      RequestFields.text("address", address, MAX_FIELD);
      optional("asset", asset, 32);
      optional("customerId", customerId, MAX_FIELD);
    }
  }

  @Operation(
      summary = "Screen a digital-currency address",
      description =
          "Answers LISTED if a list in force names the address (EVM, Bech32 and CashAddr"
              + " addresses compare case-insensitively, Base58 ones exactly), HIGH_RISK if the"
              + " analytics provider rates it at or above the review risk, CLEAR otherwise.")
  @SecurityRequirement(name = "service", scopes = "screening:screen")
  @Problems({
    ReasonCode.AUTH_UNAUTHENTICATED,
    ReasonCode.AUTH_INSUFFICIENT_SCOPE,
    ReasonCode.SCR_INVALID_ADDRESS,
    ReasonCode.SCR_INVALID_ASSET,
    ReasonCode.SCR_INVALID_CUSTOMER_ID,
    ReasonCode.SCR_LISTS_UNAVAILABLE
  })
  @PostMapping(
      path = "/api/v1/screening/addresses",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  AddressScreeningView screenAddress(
      @RequestBody AddressRequest request,
      HttpServletRequest http,
      @AuthenticationPrincipal ServiceCaller caller) {
    AddressQuery query = new AddressQuery(request.asset(), request.address());
    if (request.customerId() != null) {
      CustomerScreening<AddressScreening> c =
          result(
              screening.screenCustomerAddress(
                  request.customerId(), query, recording(caller), ClientOrigin.of(http)));
      return AddressScreeningView.of(request.customerId(), c.screening(), c.alerts());
    }
    return AddressScreeningView.of(null, result(screening.screenAddress(query)), List.of());
  }

  /**
   * The actor a customer screening is audited as: the service key, which must hold {@code
   * screening:customers}, since recording customers and raising alerts writes.
   */
  private static Actor recording(ServiceCaller caller) {
    if (!caller.may(CUSTOMERS_SCOPE)) {
      throw new ApiProblem(
          ReasonCode.AUTH_INSUFFICIENT_SCOPE,
          "This service key lacks the scope '"
              + CUSTOMERS_SCOPE
              + "', which screening a customer"
              + " by id needs.");
    }
    return Actor.service(caller.name());
  }

  static <T> T result(ScreeningOutcome<T> outcome) {
    return switch (outcome) {
      case ScreeningOutcome.Screened<T> s -> s.result();
      case ScreeningOutcome.Rejected<T> r -> throw new ApiProblem(r.reason(), r.detail());
      case ScreeningOutcome.Unavailable<T> u ->
          throw new ApiProblem(
              ReasonCode.SCR_LISTS_UNAVAILABLE,
              "No sanctions list is in force: the name or address is not screened, and must not"
                  + " be treated as clear.");
    };
  }

  private static void optional(String field, String value, int maxLength) {
    if (value != null) RequestFields.text(field, value, maxLength);
  }

  private static String upper(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }

  private static PartyType partyType(String type) {
    if (type == null) return PartyType.UNKNOWN;
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "person", "individual" -> PartyType.PERSON;
      case "organisation", "organization", "entity" -> PartyType.ORGANISATION;
      case "vessel" -> PartyType.VESSEL;
      case "aircraft" -> PartyType.AIRCRAFT;
      default ->
          throw new ApiProblem(
              ReasonCode.REQ_INVALID_FIELD,
              "Field 'type' must be person, organisation, vessel or aircraft.");
    };
  }
}
