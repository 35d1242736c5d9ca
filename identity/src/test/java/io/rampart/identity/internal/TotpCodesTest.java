package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTest {
  private static final byte[] SHA1_SEED =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_SEED =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_SEED =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238, Appendix B: every time and algorithm, 8 digits. */
  @ParameterizedTest(name = "{0} s, {1}")
  @CsvSource({
    "59, SHA1, 94287082",
    "59, SHA256, 46119246",
    "59, SHA512, 90693936",
    "1111111109, SHA1, 07081804",
    "1111111109, SHA256, 68084774",
    "1111111109, SHA512, 25091201",
    "1111111111, SHA1, 14050471",
    "1111111111, SHA256, 67062674",
    "1111111111, SHA512, 99943326",
    "1234567890, SHA1, 89005924",
    "1234567890, SHA256, 91819424",
    "1234567890, SHA512, 93441116",
    "2000000000, SHA1, 69279037",
    "2000000000, SHA256, 90698825",
    "2000000000, SHA512, 38618901",
    "20000000000, SHA1, 65353130",
    "20000000000, SHA256, 77737706",
    "20000000000, SHA512, 47863826"
  })
  void matchesTheRfc6238TestVectors(long seconds, String algorithm, String expected) {
    TotpCodes codes = new TotpCodes(8, "Hmac" + algorithm);
    byte[] seed =
        switch (algorithm) {
          case "SHA1" -> SHA1_SEED;
          case "SHA256" -> SHA256_SEED;
          default -> SHA512_SEED;
        };
    Instant at = Instant.ofEpochSecond(seconds);

    assertThat(codes.code(seed, TotpCodes.stepAt(at))).isEqualTo(expected);
    assertThat(codes.matchingStep(seed, expected, at)).hasValue(TotpCodes.stepAt(at));
  }

  @Test
  void theStandardSetUpIsWhatAuthenticatorAppsUse() {
    TotpCodes standard = TotpCodes.standard();
    Instant at = Instant.ofEpochSecond(1234567890);

    assertThat(standard.code(SHA1_SEED, TotpCodes.stepAt(at))).isEqualTo("005924");
    assertThat(TotpCodes.STEP).hasSeconds(30);
    assertThat(standard.digits()).isEqualTo(6);
    assertThat(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1).isEqualTo("HmacSHA1");
  }

  @Nested
  class Window {
    private final TotpCodes codes = TotpCodes.standard();
    private final Instant now = Instant.parse("2026-03-01T10:00:15Z");
    private final long step = TotpCodes.stepAt(now);

    @Test
    void acceptsTheCurrentStepAndOneEitherSide() {
      for (long s = step - 1; s <= step + 1; s++) {
        assertThat(codes.matchingStep(SHA1_SEED, codes.code(SHA1_SEED, s), now)).hasValue(s);
      }
    }

    @Test
    void refusesTwoStepsAway() {
      assertThat(codes.matchingStep(SHA1_SEED, codes.code(SHA1_SEED, step - 2), now)).isEmpty();
      assertThat(codes.matchingStep(SHA1_SEED, codes.code(SHA1_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
      String code = codes.code(SHA1_SEED, step);

      assertThat(codes.matchingStep(SHA1_SEED, null, now)).isEmpty();
      assertThat(codes.matchingStep(SHA1_SEED, code + "0", now)).isEmpty();
      assertThat(codes.matchingStep(SHA1_SEED, code.substring(1), now)).isEmpty();
      assertThat(codes.matchingStep(SHA1_SEED, "12a456", now)).isEmpty();
      assertThat(codes.matchingStep(SHA1_SEED, "１２３４５６", now)).isEmpty();
    }

    @Test
    void refusesTheCodeOfAnotherSeed() {
      assertThat(codes.matchingStep(SHA256_SEED, codes.code(SHA1_SEED, step), now)).isEmpty();
    }
  }
}
