package io.rampart.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The headers every answer carries: Spring Security's defaults (no sniffing, no caching, no
 * framing, the XSS auditor off, HSTS on secure requests) with a closed content security policy and
 * no referrer. One instance serves both Spring Security's filter chain and {@link ServiceShortcut},
 * so an answer has the same headers whichever way it went.
 */
final class SecurityHeaders implements HeaderWriter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final List<HeaderWriter> writers =
      List.of(
          new XContentTypeOptionsHeaderWriter(),
          new XXssProtectionHeaderWriter(),
          new CacheControlHeadersWriter(),
          new HstsHeaderWriter(),
          new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
          new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
          new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    for (HeaderWriter writer : writers) {
      writer.writeHeaders(request, response);
    }
  }
}
