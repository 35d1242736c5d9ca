package io.rampart.server.api;

import io.rampart.identity.Identity;
import io.rampart.identity.VerificationOutcome;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ProblemStatus;
import io.rampart.server.web.ClientOrigin;
import io.rampart.server.web.RequestFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind the link in the verification mail. Opening the link only shows a button: mail
 * scanners fetch links, so the token is used only when the person presses it (a form POST). It
 * answers HTML, also for errors, with the status {@link ProblemStatus} gives the reason.
 */
@Tag(name = "Pages")
@RestController
final class VerificationPage {
  private static final MediaType HTML =
      new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private static final String INCOMPLETE_LINK =
      "`REQ_INVALID_PARAMETER`: a page saying the link is incomplete (token missing or malformed)";

  private final Identity identity;

  VerificationPage(Identity identity) {
    this.identity = identity;
  }

  @Operation(summary = "Show the e-mail verification page (does not verify by itself)")
  @ApiResponse(
      responseCode = "200",
      description = "A page with a button that posts the token",
      content = @Content(mediaType = MediaType.TEXT_HTML_VALUE))
  @ApiResponse(
      responseCode = "400",
      description = INCOMPLETE_LINK,
      content = @Content(mediaType = MediaType.TEXT_HTML_VALUE))
  @GetMapping(path = "/verify-email", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> show(@RequestParam(name = "token", required = false) String token) {
    if (!RequestFields.plausibleToken(token)) {
      return page(
          ReasonCode.REQ_INVALID_PARAMETER,
          "This link is incomplete",
          "<p>Open the link from the"
              + " message again, or copy all of it into the address bar.</p>");
    }
    return page(
        HttpStatus.OK,
        "Verify your e-mail address",
        "<form method=\"post\" action=\"/verify-email\">"
            + "<input type=\"hidden\" name=\"token\" value=\""
            + HtmlUtils.htmlEscape(token)
            + "\"><button type=\"submit\">Verify my e-mail address</button></form>");
  }

  @Operation(summary = "Verify the e-mail address (form post from the verification page)")
  @ApiResponse(
      responseCode = "200",
      description = "A page saying the address is verified",
      content = @Content(mediaType = MediaType.TEXT_HTML_VALUE))
  @ApiResponse(
      responseCode = "400",
      description =
          INCOMPLETE_LINK
              + "<br>`AUTH_VERIFICATION_TOKEN_INVALID`, `AUTH_VERIFICATION_TOKEN_EXPIRED`: a page"
              + " naming why the address could not be verified",
      content = @Content(mediaType = MediaType.TEXT_HTML_VALUE))
  @PostMapping(
      path = "/verify-email",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> verify(
      @RequestParam(name = "token", required = false) String token, HttpServletRequest http) {
    if (!RequestFields.plausibleToken(token)) {
      return page(
          ReasonCode.REQ_INVALID_PARAMETER,
          "This link is incomplete",
          "<p>Open the link from the message again.</p>");
    }
    return switch (identity.verifyEmail(token, ClientOrigin.of(http))) {
      case VerificationOutcome.Verified(var account) ->
          page(HttpStatus.OK, "Your e-mail address is verified", "<p>You can sign in now.</p>");
      case VerificationOutcome.Rejected(var reason) ->
          page(
              reason,
              "The address could not be verified",
              "<p>" + HtmlUtils.htmlEscape(reason.title()) + "</p>");
    };
  }

  /** An error page, with the status {@link ProblemStatus} gives its reason. */
  private static ResponseEntity<String> page(ReasonCode reason, String title, String body) {
    return page(HttpStatus.valueOf(ProblemStatus.of(reason)), title, body);
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    String escapedTitle = HtmlUtils.htmlEscape(title);
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + escapedTitle
            + " - Rampart</title></head><body><main><h1>"
            + escapedTitle
            + "</h1>"
            + body
            + "</main></body></html>";
    return ResponseEntity.status(status).contentType(HTML).body(html);
  }
}
