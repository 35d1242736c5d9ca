package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowCounterTest {
  private final WindowCounter hourly = WindowCounter.empty(5, 12);

  @Test
  void countsAndSumsWithinTheWindow() {
    var w = hourly.add(1000, 10).add(1010, 20).add(1050, 30);
    assertThat(w.count(1050)).isEqualTo(3);
    assertThat(w.sum(1050)).isEqualTo(60);
  }

  @Test
  void forgetsBucketsThatLeftTheWindow() {
    var w = hourly.add(1000, 10).add(1010, 20);
    assertThat(w.count(1000 + 60)).isEqualTo(1);
    assertThat(w.count(1010 + 60)).isZero();
    assertThat(w.add(1100, 5).count(1100)).isEqualTo(1);
    assertThat(w.add(1100, 5).sum(1100)).isEqualTo(5);
  }

  @Test
  void acceptsSlightlyLateAdditionsAndDropsTooLateOnes() {
    var w = hourly.add(1050, 1).add(1020, 2).add(900, 4);
    assertThat(w.count(1050)).isEqualTo(2);
    assertThat(w.sum(1050)).isEqualTo(3);
  }

  @Test
  void isEmptyForAQuestionAboutTimesBeforeItsHistory() {
    var w = hourly.add(1000, 10);
    assertThat(w.count(800)).isZero();
  }
}
