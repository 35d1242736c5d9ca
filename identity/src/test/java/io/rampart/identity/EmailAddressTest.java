package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void trimsAndLowerCasesTheWholeAddress() {
    assertThat(EmailAddress.parse("  Alice.Smith+Tag@Example.COM \n"))
        .contains(new EmailAddress("alice.smith+tag@example.com"));
  }

  @Test
  void acceptsInternationalisedDomainsAndLocalParts() {
    assertThat(EmailAddress.parse("Jürgen@Bücher.example"))
        .contains(new EmailAddress("jürgen@bücher.example"));
    assertThat(EmailAddress.parse("user@xn--bcher-kva.example")).isPresent();
  }

  @Test
  void splitsLocalPart() {
    assertThat(EmailAddress.parse("bob@example.org").orElseThrow().localPart()).isEqualTo("bob");
  }

  @Test
  void acceptsTheLongestAllowedAddress() {
    String local = "a".repeat(64);
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    assertThat((local + "@" + domain).length()).isEqualTo(254);

    assertThat(EmailAddress.parse(local + "@" + domain)).isPresent();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "plainaddress",
        "@example.com",
        "alice@",
        "alice@localhost",
        "alice@@example.com",
        "alice@bob@example.com",
        "ali ce@example.com",
        "alice@exa mple.com",
        "alice\t@example.com",
        "alice\u0000@example.com",
        "alice\u200b@example.com",
        "alice@example..com",
        "alice@.example.com",
        "alice@example.com.",
        "alice@-example.com",
        "alice@example-.com",
        "alice@exam_ple.com",
        ".alice@example.com",
        "alice.@example.com",
        "al..ice@example.com",
        "\"alice\"@example.com",
        "alice<x>@example.com",
        "alice(comment)@example.com"
      })
  void rejectsMalformedAddresses(String text) {
    assertThat(EmailAddress.parse(text)).isEmpty();
  }

  @Test
  void rejectsLocalPartOver64Characters() {
    assertThat(EmailAddress.parse("a".repeat(65) + "@example.com")).isEmpty();
  }

  @Test
  void rejectsDomainLabelOver63Characters() {
    assertThat(EmailAddress.parse("alice@" + "b".repeat(64) + ".com")).isEmpty();
  }

  @Test
  void rejectsAddressOver254Characters() {
    String local = "a".repeat(64);
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);

    assertThat(EmailAddress.parse(local + "@" + domain)).isEmpty();
  }
}
