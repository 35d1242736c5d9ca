package io.rampart.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Latin spelling matches a name written in Arabic script when the script can write it: its
 * consonants are rendered letter by letter and its long vowels are the ones the script writes.
 */
class ArabicSpellingTest {
  /** The one token of {@code arabic}, romanised as the matcher does. */
  private static Token written(String arabic) {
    List<String> tokens = NameText.tokens(arabic);
    assertThat(tokens).as(arabic).hasSize(1);
    return new Token(tokens.getFirst(), true);
  }

  @ParameterizedTest(name = "{0} can be written for {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "محمد | mohammed | 0.93",
        "محمد | muhammad | 0.93",
        "محمود | mahmoud | 0.93",
        "محمود | mahmud | 0.93",
        "حسين | hussein | 0.93",
        "حسين | husayn | 0.93",
        "خليل | khalil | 0.93",
        "يوسف | yusuf | 0.93",
        "يوسف | joseph | 0.93",
        "خليفة | khalifa | 0.93",
        "زاده | zadeh | 0.93",
        "جورج | george | 0.93",
        "غوزمن | guzman | 0.93",
        "بابلو | pablo | 0.93",
        "ألكسيس | alexis | 0.93",
        "جونغ | jong | 0.93",
        "مونتزمي | montazami | 0.93",
        "سيد | sayed | 0.93",
        "سيد | said | 0.9",
        "بكر | bakr | 0.93",
        "عمر | omar | 0.86",
        "نور | noor | 0.9",
        "عدي | uday | 0.86",
        "ري | ri | 0.84",
        "أوتشوا | ochoa | 0.84",
        "ماحمودي | mahmoudi | 0.93",
      })
  void alignsWhatTheScriptCanWrite(String arabic, String latin, float expected) {
    assertThat(ArabicSpelling.similarity(written(arabic).text, latin)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} cannot be written for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The long vowel one side writes, the other lacks.
        "محمود | mohammed",
        "محمد | mahmoud",
        "حسن | hussein",
        "سعيد | sad",
        // A final vowel the script writes.
        "خالد | khalidi",
        "مار | maria",
        // Letters the script keeps apart.
        "زايد | said",
        "صدام | zadam",
        "كريم | marik",
        // One consonant off, in a short name.
        "خالد | khalil",
        "أحمد | mahmud",
      })
  void keepsApartWhatTheScriptWritesDifferently(String arabic, String latin) {
    assertThat(ArabicSpelling.similarity(written(arabic).text, latin)).isZero();
  }

  @Test
  void toleratesOneLetterOffOnlyWhenFourConsonantsAlign() {
    assertThat(ArabicSpelling.similarity(written("غونزاليز").text, "gonzalez"))
        .isEqualTo(ArabicSpelling.THREE_CONSONANTS);
    assertThat(ArabicSpelling.similarity(written("غونزاليس").text, "gonzalez"))
        .isEqualTo(ArabicSpelling.ONE_OFF);
    assertThat(ArabicSpelling.similarity(written("رمس").text, "ramiz")).isZero();
  }

  @Test
  void appliesOnlyAcrossScripts() {
    Token arabic = written("محمود");
    Token latin = new Token("mahmoud");

    assertThat(TokenSimilarity.arabicSpelling(arabic, latin)).isEqualTo(0.93f);
    assertThat(TokenSimilarity.arabicSpelling(latin, arabic)).isEqualTo(0.93f);
    assertThat(TokenSimilarity.arabicSpelling(latin, new Token("mahmoud"))).isZero();
    assertThat(TokenSimilarity.arabicSpelling(arabic, written("محمود"))).isZero();
  }

  @Test
  void readsArticlesAndParticlesAsTheScriptWritesThem() {
    assertThat(TokenSimilarity.of(written("أبو"), new Token("abu")))
        .isEqualTo(TokenSimilarity.SOUNDS_ALIKE);
    assertThat(TokenSimilarity.of(written("بن"), new Token("ben")))
        .isEqualTo(TokenSimilarity.SOUNDS_ALIKE);
    assertThat(TokenSimilarity.of(written("بن"), new Token("abu"))).isZero();
  }

  @Test
  void givesUpOnTokensLongerThanAnyName() {
    String longer = "m".repeat(30);
    assertThat(ArabicSpelling.similarity(longer, longer)).isZero();
  }
}
