package io.rampart.server.pages;

import io.rampart.identity.AuthenticationOutcome;
import io.rampart.identity.Identity;
import io.rampart.server.config.RampartProperties;
import io.rampart.server.security.CallerSession;
import io.rampart.server.security.CookieOriginCheck;
import io.rampart.server.security.Credentials;
import io.rampart.server.web.ClientOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The signed-in person behind a page request: their session cookie, checked like the API checks it,
 * and for a form post the request's origin (with {@code SameSite=Strict} cookies, a second defence
 * against cross-site forms).
 */
@Component
final class PageSession {
  private final Identity identity;
  private final CookieOriginCheck origins;

  PageSession(Identity identity, RampartProperties properties) {
    this.identity = identity;
    this.origins = new CookieOriginCheck(properties.publicBaseUrl());
  }

  /** The caller, or empty if the cookie is missing, unknown or expired, or a post is cross-site. */
  Optional<CallerSession> of(HttpServletRequest request) {
    Optional<String> token = Credentials.cookie(request, Credentials.SESSION_COOKIE);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    if (CookieOriginCheck.unsafe(request) && !origins.sameOrigin(request)) {
      return Optional.empty();
    }
    return switch (identity.authenticate(token.get(), ClientOrigin.of(request))) {
      case AuthenticationOutcome.Authenticated(var session) ->
          Optional.of(new CallerSession(session.account(), session.id(), true));
      case AuthenticationOutcome.Refused refused -> Optional.empty();
    };
  }

  /** Whether a form post comes from Rampart's own pages. */
  boolean sameOrigin(HttpServletRequest request) {
    return origins.sameOrigin(request);
  }
}
