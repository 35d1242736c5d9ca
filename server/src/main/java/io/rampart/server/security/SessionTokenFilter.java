package io.rampart.server.security;

import io.rampart.identity.AuthenticationOutcome;
import io.rampart.identity.Identity;
import io.rampart.kernel.ReasonCode;
import io.rampart.server.problem.ApiProblem;
import io.rampart.server.problem.ProblemResponder;
import io.rampart.server.web.ClientOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates account endpoints by session token: {@code Authorization: Bearer} first, else the
 * session cookie. A refused token leaves the request unauthenticated and remembers why, so the
 * entry point answers {@code AUTH_SESSION_EXPIRED} rather than {@code AUTH_UNAUTHENTICATED} when a
 * session existed. Cookie-authenticated unsafe requests must come from Rampart's own origin.
 */
final class SessionTokenFilter extends OncePerRequestFilter {
  static final String REFUSAL = SessionTokenFilter.class.getName() + ".refusal";
  static final String ROLE = "ROLE_ACCOUNT";

  private final Identity identity;
  private final CookieOriginCheck origins;
  private final ProblemResponder responder;
  private final RequestMatcher applies;

  SessionTokenFilter(
      Identity identity,
      CookieOriginCheck origins,
      ProblemResponder responder,
      RequestMatcher applies) {
    this.identity = identity;
    this.origins = origins;
    this.responder = responder;
    this.applies = applies;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!applies.matches(request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> bearer = Credentials.bearer(request);
    boolean viaCookie = bearer.isEmpty();
    Optional<String> token =
        bearer.or(() -> Credentials.cookie(request, Credentials.SESSION_COOKIE));
    if (token.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (viaCookie && CookieOriginCheck.unsafe(request) && !origins.sameOrigin(request)) {
      responder.write(
          request,
          response,
          new ApiProblem(
              ReasonCode.AUTH_FORBIDDEN,
              "A cookie-authenticated change must come from this site (Origin header)."));
      return;
    }
    switch (identity.authenticate(token.get(), ClientOrigin.of(request))) {
      case AuthenticationOutcome.Authenticated(var session) -> {
        var caller = new CallerSession(session.account(), session.id(), viaCookie);
        var authentication =
            new PreAuthenticatedAuthenticationToken(
                caller, null, List.of(new SimpleGrantedAuthority(ROLE)));
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
      }
      case AuthenticationOutcome.Refused(var reason) -> request.setAttribute(REFUSAL, reason);
    }
    chain.doFilter(request, response);
  }
}
