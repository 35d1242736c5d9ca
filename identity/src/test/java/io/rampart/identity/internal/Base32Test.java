package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {
  /** RFC 4648, section 10, without padding. */
  @ParameterizedTest
  @CsvSource({
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void encodesTheRfcVectors(String text, String expected) {
    assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
  }
}
