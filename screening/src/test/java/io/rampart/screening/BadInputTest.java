package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input screening must refuse clearly, or handle: never a crash, never a silent "clear". */
class BadInputTest {
  private static final Screening SCREENING = new ScreeningFixture().loaded().screening;

  private static ReasonCode refusal(NameQuery query) {
    return SCREENING.screenName(query) instanceof ScreeningOutcome.Rejected<NameScreening> r
        ? r.reason()
        : null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "---", "Mr. Dr.", "\u200b"})
  void refusesANameWithNothingToCompare(String name) {
    assertThat(refusal(NameQuery.of(name))).isEqualTo(ReasonCode.SCR_INVALID_NAME);
  }

  @Test
  void refusesATenKilobyteName() {
    assertThat(refusal(NameQuery.of("Karim ".repeat(1700))))
        .isEqualTo(ReasonCode.SCR_NAME_TOO_LONG);
  }

  @Test
  void acceptsANameAtTheLimitCountedInCodePoints() {
    String emoji = "\uD83D\uDE00";
    assertThat(SCREENING.screenName(NameQuery.of("Karim " + emoji.repeat(250))))
        .isInstanceOf(ScreeningOutcome.Screened.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Karim\u0000",
        "Karim\nYusuf",
        "Karim\u202eYusuf",
        "Karim\u2066Yusuf",
        "\uD800Karim"
      })
  void refusesControlFormattingAndBrokenCharacters(String name) {
    assertThat(refusal(NameQuery.of(name))).isEqualTo(ReasonCode.SCR_INVALID_NAME);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Karim Yusuf Аль-Рашиди",
        "كريم Yusuf Al-Rashidi",
        "Kаrim Yusuf Al-Rаshidi",
        "Ｋａｒｉｍ Ｙｕｓｕｆ Ａｌ－Ｒａｓｈｉｄｉ"
      })
  void screensNamesInMixedScriptsAndFullWidthForms(String name) {
    var outcome = SCREENING.screenName(NameQuery.of(name));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ScreeningOutcome.Screened.class,
            s ->
                assertThat(((NameScreening) s.result()).hits())
                    .extracting(NameHit::entryId)
                    .contains("1001"));
  }

  @Test
  void screensALongRunOfTokensWithoutCrashing() {
    assertThat(
            SCREENING.screenName(
                NameQuery.of("a b c d e f g h i j k l m n o p q r s t u v w x y z")))
        .isInstanceOf(ScreeningOutcome.Screened.class);
    assertThat(SCREENING.screenName(NameQuery.of("x".repeat(200))))
        .isInstanceOf(ScreeningOutcome.Screened.class);
  }

  @Test
  void refusesBadFacts() {
    assertThat(refusal(new NameQuery("Karim", PartyType.PERSON, null, "XX", null)))
        .isEqualTo(ReasonCode.SCR_INVALID_COUNTRY);
    assertThat(refusal(new NameQuery("Karim", PartyType.PERSON, null, null, "iq")))
        .isEqualTo(ReasonCode.SCR_INVALID_COUNTRY);
    assertThat(refusal(new NameQuery("Karim", PartyType.PERSON, BirthDate.year(1200), null, null)))
        .isEqualTo(ReasonCode.SCR_INVALID_BIRTH_DATE);
    assertThat(refusal(new NameQuery("Karim", PartyType.PERSON, BirthDate.year(2027), null, null)))
        .isEqualTo(ReasonCode.SCR_INVALID_BIRTH_DATE);
    assertThat(SCREENING.screenName(NameQuery.of("Karim"), 0.49))
        .isInstanceOfSatisfying(
            ScreeningOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_INVALID_THRESHOLD));
    assertThat(SCREENING.screenName(NameQuery.of("Karim"), Double.NaN))
        .isInstanceOf(ScreeningOutcome.Rejected.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0x",
        "0x12345",
        "hello world address",
        "18ZaVcAT9uahY1jsgF4MQSE7TiZrCjgR3w",
        "\u0000xxxxxxxxxxxxxxxxxx"
      })
  void refusesMalformedAddresses(String address) {
    var outcome = SCREENING.screenAddress(new AddressQuery("BTC", address));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ScreeningOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_INVALID_ADDRESS));
  }

  @Test
  void refusesAMalformedAsset() {
    assertThat(
            SCREENING.screenAddress(
                new AddressQuery("ETH ", "0x2222222222222222222222222222222222222222")))
        .isInstanceOf(ScreeningOutcome.Screened.class);
    assertThat(
            SCREENING.screenAddress(
                new AddressQuery("E", "0x2222222222222222222222222222222222222222")))
        .isInstanceOfSatisfying(
            ScreeningOutcome.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(ReasonCode.SCR_INVALID_ASSET));
  }
}
