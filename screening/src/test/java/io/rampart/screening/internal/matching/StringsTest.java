package io.rampart.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The fast string measures give exactly what Commons Text's reference implementations give. */
class StringsTest {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance();

  @Test
  void agreesWithCommonsTextOnRandomAndNamePairs() {
    Random random = new Random(1);
    String alphabet = "aabcdehiklmnorstuy";
    for (int n = 0; n < 50_000; n++) {
      String a = word(random, alphabet);
      String b = random.nextInt(3) == 0 ? mutate(random, a, alphabet) : word(random, alphabet);
      assertThat(Strings.jaroWinkler(a, b))
          .as(a + " / " + b)
          .isCloseTo(JARO_WINKLER.apply(a, b), within(1e-12));
      assertThat(Strings.oneEdit(a, b)).as(a + " / " + b).isEqualTo(LEVENSHTEIN.apply(a, b) == 1);
    }
    String[][] names = {
      {"martha", "marhta"}, {"dixon", "dicksonx"}, {"hussein", "husayn"}, {"mohammed", "mhmd"}
    };
    for (String[] p : names) {
      assertThat(Strings.jaroWinkler(p[0], p[1]))
          .isCloseTo(JARO_WINKLER.apply(p[0], p[1]), within(1e-12));
    }
  }

  private static String word(Random random, String alphabet) {
    int length = 1 + random.nextInt(9);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return s.toString();
  }

  private static String mutate(Random random, String word, String alphabet) {
    StringBuilder s = new StringBuilder(word);
    int at = random.nextInt(word.length());
    char c = alphabet.charAt(random.nextInt(alphabet.length()));
    switch (random.nextInt(3)) {
      case 0 -> s.setCharAt(at, c);
      case 1 -> s.insert(at, c);
      default -> s.deleteCharAt(at);
    }
    return s.toString();
  }
}
