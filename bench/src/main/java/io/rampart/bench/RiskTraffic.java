package io.rampart.bench;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Risk events as an exchange would send them, for the load and crash harnesses: each account has
 * its habitual device, IP and browser; the mix is mostly sign-ins, with failures, withdrawals (some
 * to new addresses) and security changes. Event ids are unique per run.
 */
final class RiskTraffic {
  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"?([^\",}]*)");
  private static final String CHROME =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36";

  private final int accounts;
  private final String run;
  private final AtomicLong ids = new AtomicLong();
  private final long start = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();
  private final AtomicLong clock = new AtomicLong();

  RiskTraffic(int accounts, String run) {
    this.accounts = accounts;
    this.run = run;
  }

  String account(int index) {
    return "load-" + run + "-" + index;
  }

  /** The next event of a random account. */
  String next(SplittableRandom random) {
    return next(account(random.nextInt(accounts)), random);
  }

  String next(String account, SplittableRandom random) {
    String id = run + "-" + ids.incrementAndGet();
    String at = Instant.ofEpochSecond(start + clock.incrementAndGet() / 4).toString();
    int home = Math.floorMod(account.hashCode(), 200);
    int roll = random.nextInt(100);
    if (roll < 65) {
      return signIn(id, account, at, true, "198.51." + home % 256 + ".10", "d-" + home);
    }
    if (roll < 75) {
      return signIn(id, account, at, true, "203.0.113." + random.nextInt(256), "d-" + id);
    }
    if (roll < 80) {
      return signIn(id, account, at, false, "192.0.2." + random.nextInt(256), null);
    }
    if (roll < 95) {
      return head("withdrawal_request", id, account, at)
          .append(",\"asset\":\"BTC\",\"network\":\"bitcoin\",\"amountMinor\":")
          .append(100_000 + random.nextInt(900_000))
          .append(",\"scale\":8,\"usdCents\":")
          .append(5_000 + random.nextInt(90_000))
          .append(",\"destinationAddress\":\"")
          .append(random.nextInt(3) == 0 ? "bc1qnew" + id : "bc1qhome" + home)
          .append("\",\"ip\":\"198.51.")
          .append(home % 256)
          .append(".10\"}")
          .toString();
    }
    return head("security_setting_change", id, account, at)
        .append(",\"setting\":\"MFA\"}")
        .toString();
  }

  private static StringBuilder head(String type, String id, String account, String at) {
    return new StringBuilder(384)
        .append("{\"type\":\"")
        .append(type)
        .append("\",\"eventId\":\"")
        .append(id)
        .append("\",\"accountId\":\"")
        .append(account)
        .append("\",\"occurredAt\":\"")
        .append(at)
        .append('"');
  }

  private static String signIn(
      String id, String account, String at, boolean success, String ip, String device) {
    StringBuilder json =
        head("sign_in_attempt", id, account, at)
            .append(",\"success\":")
            .append(success)
            .append(",\"ip\":\"")
            .append(ip)
            .append("\",\"userAgent\":\"")
            .append(CHROME)
            .append('"');
    if (device != null) {
      json.append(",\"deviceId\":\"").append(device).append('"');
    }
    return json.append('}').toString();
  }

  /** A string field of a flat JSON object, or {@code null}. */
  static String field(String json, String name) {
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  static double percentile(long[] sorted, int count, double fraction) {
    if (count == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(fraction * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }
}
