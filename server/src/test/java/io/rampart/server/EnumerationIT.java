package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A sign-in must not tell whether an address has an account: not by its answer, not by the work it
 * does. The work is counted (Argon2 verifications, from the server's own metric), never timed; the
 * bench harness measures the time.
 */
class EnumerationIT extends ServerTestBase {
  private static final String WRONG = "Not-The-Right-Passphrase-11";
  private static final Pattern VERIFICATIONS =
      Pattern.compile("(?m)^rampart_password_verifications_total(?:\\{[^}]*})? ([0-9.eE+-]+)$");

  /** The headers that may differ between two responses: the time they were sent. */
  private static Map<String, List<String>> withoutDate(ApiClient.Reply reply) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(reply.headers());
    headers.remove("Date");
    return headers;
  }

  private double verificationsSoFar() {
    ApiClient.Reply metrics = api.get("/actuator/prometheus").send();
    assertThat(metrics.status()).isEqualTo(200);
    Matcher matcher = VERIFICATIONS.matcher(metrics.body());
    assertThat(matcher.find()).as("rampart_password_verifications_total is exposed").isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  @Test
  void answersAnUnknownAddressExactlyAsAWrongPassword() {
    String email = verifiedAccount();

    ApiClient.Reply wrongPassword = signIn(email, WRONG);
    ApiClient.Reply unknownAddress = signIn(freshEmail(), WRONG);

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.code()).isEqualTo("AUTH_INVALID_CREDENTIALS");
    assertThat(unknownAddress.status()).isEqualTo(wrongPassword.status());
    assertThat(unknownAddress.body()).isEqualTo(wrongPassword.body());
    assertThat(withoutDate(unknownAddress)).isEqualTo(withoutDate(wrongPassword));
    assertThat(wrongPassword.header("Date")).isNotNull();
  }

  @Test
  void spendsOneArgon2VerificationOnAnUnknownAddressAsOnAWrongPassword() {
    String email = verifiedAccount();

    double before = verificationsSoFar();
    assertThat(signIn(email, WRONG).status()).isEqualTo(401);
    double afterWrongPassword = verificationsSoFar();
    assertThat(signIn(freshEmail(), WRONG).status()).isEqualTo(401);
    double afterUnknownAddress = verificationsSoFar();

    assertThat(afterWrongPassword - before).isEqualTo(1);
    assertThat(afterUnknownAddress - afterWrongPassword).isEqualTo(1);
  }

  @Test
  void spendsOneArgon2VerificationOnTheRightPasswordToo() {
    String email = verifiedAccount();

    double before = verificationsSoFar();
    signedIn(email);

    assertThat(verificationsSoFar() - before).isEqualTo(1);
  }
}
