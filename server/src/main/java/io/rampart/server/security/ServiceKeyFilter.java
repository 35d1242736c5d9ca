package io.rampart.server.security;

import io.rampart.identity.ServiceCaller;
import io.rampart.identity.ServiceKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates backend calls by a service key sent as a bearer token; the key's scopes become the
 * caller's authorities. An unknown or revoked key leaves the request unauthenticated.
 */
final class ServiceKeyFilter extends OncePerRequestFilter {
  private final ServiceKeys keys;
  private final RequestMatcher applies;

  /**
   * The authorities of each set of scopes keys hold, built once rather than on every call: there
   * are as many as there are distinct sets of the few scopes that exist.
   */
  private final Map<Set<String>, List<SimpleGrantedAuthority>> authorities =
      new ConcurrentHashMap<>();

  ServiceKeyFilter(ServiceKeys keys, RequestMatcher applies) {
    this.keys = keys;
    this.applies = applies;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (applies.matches(request)) {
      Credentials.bearer(request).flatMap(keys::authenticate).ifPresent(this::signIn);
    }
    chain.doFilter(request, response);
  }

  private void signIn(ServiceCaller caller) {
    var authentication =
        new PreAuthenticatedAuthenticationToken(
            caller, null, authorities.computeIfAbsent(caller.scopes(), ServiceKeyFilter::grant));
    var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
  }

  private static List<SimpleGrantedAuthority> grant(Set<String> scopes) {
    return scopes.stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)).toList();
  }
}
