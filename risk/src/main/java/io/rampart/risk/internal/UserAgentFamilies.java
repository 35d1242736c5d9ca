package io.rampart.risk.internal;

/**
 * Reduces a user-agent string to its browser and operating-system families, the coarser levels of
 * the user-agent hierarchy. Deliberately small: it needs to tell families apart, not versions.
 */
public final class UserAgentFamilies {
  private UserAgentFamilies() {}

  /** The browser family, or {@code null} when the user agent is absent. */
  public static String browser(String ua) {
    if (ua == null || ua.isEmpty()) {
      return null;
    }
    if (ua.contains("Edg/") || ua.contains("Edge/")) {
      return "Edge";
    }
    if (ua.contains("OPR/") || ua.contains("Opera")) {
      return "Opera";
    }
    if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
      return "Firefox";
    }
    if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) {
      return "Chrome";
    }
    if (ua.contains("Safari/")) {
      return "Safari";
    }
    if (ua.startsWith("curl/") || ua.contains("python") || ua.contains("Go-http-client")) {
      return "Script";
    }
    return "Other";
  }

  /** The operating-system family, or {@code null} when the user agent is absent. */
  public static String operatingSystem(String ua) {
    if (ua == null || ua.isEmpty()) {
      return null;
    }
    if (ua.contains("Android")) {
      return "Android";
    }
    if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iOS")) {
      return "iOS";
    }
    if (ua.contains("Windows")) {
      return "Windows";
    }
    if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
      return "macOS";
    }
    if (ua.contains("CrOS")) {
      return "ChromeOS";
    }
    if (ua.contains("Linux")) {
      return "Linux";
    }
    return "Other";
  }
}
