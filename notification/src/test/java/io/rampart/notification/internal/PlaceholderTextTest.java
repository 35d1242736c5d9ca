package io.rampart.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlaceholderTextTest {
  private static final UnaryOperator<String> AS_IS = value -> value;

  @Test
  void fillsEveryPlaceholderByName() {
    assertThat(PlaceholderText.fill("{a} and {b}, {a} again", Map.of("a", "x", "b", "y"), AS_IS))
        .isEqualTo("x and y, x again");
  }

  @Test
  void insertsValuesLiterallyWithoutExpandingThem() {
    assertThat(PlaceholderText.fill("{a}", Map.of("a", "{b} $1 \\", "b", "no"), AS_IS))
        .isEqualTo("{b} $1 \\");
  }

  @Test
  void keepsBracesThatDoNotOpenAPlaceholder() {
    assertThat(PlaceholderText.fill("{} { a} {a-b} {a", Map.of("a", "x"), AS_IS))
        .isEqualTo("{} { a} {a-b} {a");
  }

  @Test
  void failsNamingTheMissingPlaceholder() {
    assertThatThrownBy(() -> PlaceholderText.fill("{a} {b}", Map.of("a", "x"), AS_IS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
  }

  @Test
  void cleansEachValueButNotTheText() {
    assertThat(PlaceholderText.fill("<{a}>\n", Map.of("a", "x"), value -> value.toUpperCase()))
        .isEqualTo("<X>\n");
  }
}
