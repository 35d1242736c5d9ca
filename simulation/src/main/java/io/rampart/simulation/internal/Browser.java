package io.rampart.simulation.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Browser and platform families with their user-agent strings, whose versions advance on each
 * vendor's release cycle: a device on auto-update sends a new user agent a few days after each
 * release, as real ones do.
 */
public enum Browser {
  CHROME_WINDOWS(
      false,
      28,
      137,
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36"),
  CHROME_MAC(
      false,
      28,
      137,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36"),
  EDGE_WINDOWS(
      false,
      28,
      137,
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%1$d.0.0.0 Safari/537.36 Edg/%1$d.0.0.0"),
  FIREFOX_WINDOWS(
      false,
      28,
      139,
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%1$d.0) Gecko/20100101 Firefox/%1$d.0"),
  FIREFOX_LINUX(
      false, 28, 139, "Mozilla/5.0 (X11; Linux x86_64; rv:%1$d.0) Gecko/20100101 Firefox/%1$d.0"),
  SAFARI_MAC(
      false,
      60,
      18,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.%d Safari/605.1.15"),
  SAFARI_IOS(
      true,
      45,
      18,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 19_%1$d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.%1$d Mobile/15E148 Safari/604.1"),
  CHROME_ANDROID(
      true,
      28,
      137,
      "Mozilla/5.0 (Linux; Android 15; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36");

  /** When the versions above were current. */
  static final Instant EPOCH = Instant.parse("2026-06-01T00:00:00Z");

  private final boolean mobile;
  private final int releaseDays;
  private final int firstVersion;
  private final String template;

  Browser(boolean mobile, int releaseDays, int firstVersion, String template) {
    this.mobile = mobile;
    this.releaseDays = releaseDays;
    this.firstVersion = firstVersion;
    this.template = template;
  }

  public boolean mobile() {
    return mobile;
  }

  /** The user agent of this family on a device that updates {@code lagDays} after a release. */
  public String userAgent(Instant at, int lagDays) {
    long days = ChronoUnit.DAYS.between(EPOCH, at) - lagDays;
    int version = firstVersion + (int) Math.max(0, Math.floorDiv(days, releaseDays));
    if (this == SAFARI_MAC || this == SAFARI_IOS) {
      version -= firstVersion;
    }
    return String.format(template, version);
  }
}
