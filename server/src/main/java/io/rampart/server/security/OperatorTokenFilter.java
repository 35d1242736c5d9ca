package io.rampart.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates operator endpoints by the operator token sent as a bearer token. */
final class OperatorTokenFilter extends OncePerRequestFilter {
  static final String ROLE = "ROLE_OPERATOR";

  private final OperatorToken token;
  private final RequestMatcher applies;

  OperatorTokenFilter(OperatorToken token, RequestMatcher applies) {
    this.token = token;
    this.applies = applies;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (applies.matches(request)
        && Credentials.bearer(request).filter(token::matches).isPresent()) {
      var authentication =
          new PreAuthenticatedAuthenticationToken(
              OperatorToken.NAME, null, List.of(new SimpleGrantedAuthority(ROLE)));
      var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
      context.setAuthentication(authentication);
      SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }
    chain.doFilter(request, response);
  }
}
