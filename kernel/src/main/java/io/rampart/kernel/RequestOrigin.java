package io.rampart.kernel;

/**
 * Where a request came from, as far as the server can tell.
 *
 * @param ipAddress the client's IP address in canonical textual form, or {@code null} if unknown
 * @param userAgent the client's {@code User-Agent}, or {@code null} if it sent none
 */
public record RequestOrigin(String ipAddress, String userAgent) {
  /** An origin for actions that no remote client caused (jobs, start-up). */
  public static final RequestOrigin INTERNAL = new RequestOrigin(null, null);
}
