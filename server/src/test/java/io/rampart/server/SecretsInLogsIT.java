package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.rampart.identity.TotpTestCodes;
import io.rampart.notification.NoticeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Runs every ceremony that handles a secret with all logging turned up to TRACE (the root logger
 * and {@code io.rampart}), and looks for each secret in everything that was logged: message,
 * arguments, MDC, key-value pairs and stack traces. Secrets of ten characters or more are looked
 * for anywhere; the 6-digit e-mailed codes, which would also match unrelated numbers, are looked
 * for in the shapes a leak would take ({@link #codeLine}). Runs in the mail context, so mail really
 * goes out over SMTP while the logs are captured. What it guards: at TRACE, Tomcat, Spring JDBC,
 * the PostgreSQL driver and Angus Mail trace request bodies, SQL parameters and mail content, which
 * is why {@code application.properties} pins those loggers.
 */
class SecretsInLogsIT extends MailTestBase {
  private static final String NEW_PASSWORD = "Marmalade-Quarry-Bicycle-83";
  private static final String WRONG_PASSWORD = "Porcelain-Glacier-Umbrella-29";
  private static final String ARGON2_PREFIX = "$argon2id$";

  /**
   * GreenMail plays the external mail relay and logs every line it receives at DEBUG; what a relay
   * logs is its operator's business, not Rampart's, so its events are left out.
   */
  private static final String MAIL_SERVER_LOGGERS = "com.icegreen.";

  @Autowired LoggingSystem loggingSystem;

  /** Captures every event logged anywhere, at the levels given, until closed. */
  private final class Capture implements AutoCloseable {
    private final Map<String, LogLevel> configured = new LinkedHashMap<>();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root =
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);

    Capture(Map<String, LogLevel> levels) {
      levels.forEach(
          (name, level) -> {
            LoggerConfiguration current = loggingSystem.getLoggerConfiguration(name);
            configured.put(name, current == null ? null : current.getConfiguredLevel());
            loggingSystem.setLogLevel(name, level);
          });
      appender.start();
      root.addAppender(appender);
    }

    /** Everything logged, rendered with every part an appender could write out. */
    String text() {
      StringBuilder out = new StringBuilder();
      for (ILoggingEvent event : new ArrayList<>(appender.list)) {
        if (event.getLoggerName().startsWith(MAIL_SERVER_LOGGERS)) {
          continue;
        }
        out.append(event.getLevel())
            .append(' ')
            .append(event.getLoggerName())
            .append(' ')
            .append(event.getThreadName())
            .append(' ')
            .append(event.getMDCPropertyMap())
            .append(' ')
            .append(event.getKeyValuePairs())
            .append(' ')
            .append(event.getFormattedMessage())
            .append('\n');
        if (event.getThrowableProxy() != null) {
          out.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
        }
      }
      return out.toString();
    }

    @Override
    public void close() {
      root.detachAppender(appender);
      appender.stop();
      configured.forEach(loggingSystem::setLogLevel);
    }
  }

  @Test
  void logsNoPasswordTokenOrHashThroughAWholeAccountLifeEvenAtTraceLevel() {
    String email = freshEmail();
    Map<String, String> secrets = new LinkedHashMap<>();
    Map<String, String> codes = new LinkedHashMap<>();
    String codeMail;
    String log;
    try (Capture capture =
        new Capture(
            Map.of(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE, "io.rampart", LogLevel.TRACE))) {
      assertThat(register(email, PASSWORD).status()).isEqualTo(202);
      String verificationToken = tokenFromVerificationMail(email);
      assertThat(verify(verificationToken).status()).isEqualTo(200);
      assertThat(signIn(email, WRONG_PASSWORD).status()).isEqualTo(401);
      SignedIn session = signedIn(email);
      assertThat(api.get("/api/v1/account").bearer(session.token()).send().status()).isEqualTo(200);
      String passwordCode = stepUpByEmail(session.token(), email, "change-password");
      assertThat(
              api.put("/api/v1/account/password")
                  .bearer(session.token())
                  .json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                  .send()
                  .status())
          .isEqualTo(200);
      String factorCode = stepUpByEmail(session.token(), email, "add-factor");
      ApiClient.Reply enrolment =
          api.post("/api/v1/account/mfa/totp").bearer(session.token()).send();
      String appSecret = enrolment.json().path("secret").asString();
      ApiClient.Reply confirmed =
          api.post("/api/v1/account/mfa/totp/confirm")
              .bearer(session.token())
              .json(Map.of("code", TotpTestCodes.code(appSecret, clock.instant())))
              .send();
      assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
      String recoveryCode = confirmed.json().path("recoveryCodes").get(0).asString();
      assertThat(api.delete("/api/v1/sessions/current").bearer(session.token()).send().status())
          .isEqualTo(204);
      String operatorToken = operatorToken();
      assertThat(api.get("/api/v1/admin/audit/verification").bearer(operatorToken).send().status())
          .isEqualTo(200);
      awaitNothingPendingFor(email);
      log = capture.text();
      secrets.put("the old password", PASSWORD);
      secrets.put("the new password", NEW_PASSWORD);
      secrets.put("the wrong password", WRONG_PASSWORD);
      secrets.put("the verification token", verificationToken);
      secrets.put("the session token", session.token());
      secrets.put("the device token", session.deviceToken());
      secrets.put("the operator token", operatorToken);
      secrets.put("the authenticator-app secret", appSecret);
      secrets.put("a recovery code", recoveryCode);
      secrets.put("an Argon2id hash", ARGON2_PREFIX);
      codes.put("the e-mailed code for the password change", passwordCode);
      codes.put("the e-mailed code for adding a factor", factorCode);
      codeMail =
          TestMailServer.text(copiesOf(outboxMessage(email, NoticeKind.MFA_EMAIL_CODE)).getFirst());
    }

    assertThat(log)
        .as("the capture saw this run's requests")
        .contains("/api/v1/account/password", "/api/v1/sessions/current");
    secrets.forEach(
        (what, secret) -> {
          assertThat(secret).as(what).hasSizeGreaterThanOrEqualTo(10);
          assertThat(lineHolding(log, secret)).as("a log line with " + what).isEmpty();
        });
    String factorCode = codes.get("the e-mailed code for adding a factor");
    assertThat(codeLine(codeMail, factorCode)).as("the detector on the code mail").isNotBlank();
    codes.forEach(
        (what, code) -> {
          assertThat(code).as(what).matches("\\d{6}");
          assertThat(codeLine("{\"method\":\"email\",\"code\":\"" + code + "\"}", code))
              .as("the detector on a request body with " + what)
              .isNotBlank();
          assertThat(codeLine(log, code)).as("a log line with " + what).isEmpty();
        });
  }

  /**
   * Where a 6-digit code would show if it leaked, as a line: a field named like a code before it
   * ({@code "code":"123456"}, {@code code=123456}, {@code code: 123456}), or the code on a line of
   * its own, as the mail (or an escaped mail body) shows it. Six digits alone would also match
   * unrelated numbers (timings, ids, ports), so only these shapes count, which cannot occur by
   * chance in practice.
   *
   * @return the line, or an empty string
   */
  private static String codeLine(String text, String code) {
    Matcher found =
        Pattern.compile(
                "(?i)code\\W{0,4}"
                    + code
                    + "(?!\\d)|(?m)^[ \\t]*"
                    + code
                    + "[ \\t]*\\r?$|\\\\n"
                    + code
                    + "\\\\[rn]")
            .matcher(text);
    return found.find() ? lineHolding(text, found.group()) : "";
  }

  /** The first line that holds {@code secret}, or an empty string. */
  private static String lineHolding(String log, String secret) {
    int at = log.indexOf(secret);
    if (at < 0) return "";
    int start = log.lastIndexOf('\n', at) + 1;
    int end = log.indexOf('\n', at);
    return log.substring(start, end < 0 ? log.length() : end);
  }
}
