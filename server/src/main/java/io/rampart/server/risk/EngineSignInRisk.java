package io.rampart.server.risk;

import io.rampart.identity.SecurityChangeFacts;
import io.rampart.identity.SignInFacts;
import io.rampart.identity.SignInRisk;
import io.rampart.identity.SignInVerdict;
import io.rampart.kernel.RequestOrigin;
import io.rampart.risk.EventCheck;
import io.rampart.risk.EventContext;
import io.rampart.risk.EventValidation;
import io.rampart.risk.Finding;
import io.rampart.risk.GlobalFeatureStats;
import io.rampart.risk.IpIntelligence;
import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SubjectId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rampart's own sign-ins and security changes, assessed and learnt from by the in-process engine as
 * the events an exchange would send ({@code sign_in_attempt}, {@code security_setting_change}),
 * with Rampart's account id as the account and {@link RiskHost#RAMPART} as the sender.
 *
 * <p>A failed attempt on an address without an account is recorded under a pseudonymous account
 * named by a hash of the address ({@value #UNKNOWN_PREFIX}...), down the very same path as one on a
 * real account, so the two cost the same, and bursts on one address are seen either way. Failures
 * and changes never throw: if the engine cannot record them, that is logged and the flow goes on.
 */
public final class EngineSignInRisk implements SignInRisk {
  /** Accounts of failed attempts on addresses that have no Rampart account. */
  public static final String UNKNOWN_PREFIX = "unknown-address:";

  private static final Logger log = LoggerFactory.getLogger(EngineSignInRisk.class);

  private final RiskHost host;
  private final Function<RiskEvent, String> documents;
  private final IpIntelligence ips;
  private final GlobalFeatureStats counts;

  public EngineSignInRisk(
      RiskHost host,
      Function<RiskEvent, String> documents,
      IpIntelligence ips,
      GlobalFeatureStats counts) {
    this.host = host;
    this.documents = documents;
    this.ips = ips;
    this.counts = counts;
  }

  /**
   * @throws RiskUnavailableException if the engine cannot record the sign-in: no session opens
   */
  @Override
  public SignInVerdict assess(SignInFacts facts) {
    RecordedAssessment recorded =
        host.evaluate(submission(signIn(facts, facts.account().toString(), true))).record();
    var a = recorded.enforced();
    return new SignInVerdict(
        SignInVerdict.Decision.valueOf(a.decision().name()),
        recorded.id().toString(),
        a.findings().stream()
            .sorted(Comparator.comparingInt(Finding.Signal::points).reversed())
            .map(f -> f.reason().name())
            .toList());
  }

  @Override
  public void failed(SignInFacts facts) {
    String account =
        facts.account() != null ? facts.account().toString() : UNKNOWN_PREFIX + hash(facts.email());
    quietly(signIn(facts, account, false), "a failed sign-in");
  }

  @Override
  public void securitySettingChanged(SecurityChangeFacts facts) {
    RequestOrigin origin = facts.origin();
    quietly(
        new RiskEvent.SecuritySettingChange(
            facts.changeId(),
            new SubjectId(facts.account().toString()),
            facts.occurredAt(),
            SecuritySetting.valueOf(facts.setting().name()),
            ip(origin),
            null),
        "a security change");
  }

  private void quietly(RiskEvent event, String what) {
    try {
      host.evaluate(submission(event));
    } catch (RuntimeException e) {
      log.warn("The risk engine could not record {}: {}", what, e.getMessage());
    }
  }

  private RiskEvent signIn(SignInFacts facts, String account, boolean success) {
    RequestOrigin origin = facts.origin();
    return new RiskEvent.SignInAttempt(
        facts.attemptId(),
        new SubjectId(account),
        facts.occurredAt(),
        success,
        ip(origin),
        userAgent(origin),
        facts.deviceId(),
        false);
  }

  private RiskSubmission submission(RiskEvent event) {
    if (EventValidation.check(event) instanceof EventCheck.Invalid invalid) {
      throw new IllegalStateException("Rampart built an invalid risk event: " + invalid.problems());
    }
    return new RiskSubmission(
        RiskHost.RAMPART,
        event,
        EventContext.lookup(event, ips, counts).ip(),
        documents.apply(event));
  }

  /** The client IP if it fits an event (a literal of at most 45 characters), else none. */
  private static String ip(RequestOrigin origin) {
    String ip = origin.ipAddress();
    return ip == null || ip.length() > EventValidation.MAX_IP || ip.isBlank() ? null : ip;
  }

  /** The user agent without control characters, cut to what an event holds. */
  private static String userAgent(RequestOrigin origin) {
    String agent = origin.userAgent();
    if (agent == null) {
      return null;
    }
    StringBuilder clean =
        new StringBuilder(Math.min(agent.length(), EventValidation.MAX_USER_AGENT));
    for (int i = 0; i < agent.length() && clean.length() < EventValidation.MAX_USER_AGENT; i++) {
      char c = agent.charAt(i);
      if (!Character.isISOControl(c)) {
        clean.append(c);
      }
    }
    return clean.isEmpty() ? null : clean.toString();
  }

  /** A stable pseudonym of an address: SHA-256 of its lower-case form, first 128 bits in hex. */
  static String hash(String email) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
