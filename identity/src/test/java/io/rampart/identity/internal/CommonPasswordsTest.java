package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

  @Test
  void bundledListHoldsAtLeastAHundredThousandPasswords() {
    assertThat(CommonPasswords.bundled().size()).isGreaterThanOrEqualTo(100_000);
  }

  @Test
  void findsEntriesIgnoringCase() {
    CommonPasswords list = CommonPasswords.of(List.of("Hunter2", "letmein", "zzz", "aaa"));

    assertThat(list.contains("hunter2".toCharArray())).isTrue();
    assertThat(list.contains("LETMEIN".toCharArray())).isTrue();
    assertThat(list.contains("aaa".toCharArray())).isTrue();
    assertThat(list.contains("zzz".toCharArray())).isTrue();
  }

  @Test
  void doesNotMatchPrefixesOrExtensions() {
    CommonPasswords list = CommonPasswords.of(List.of("letmein"));

    assertThat(list.contains("letmei".toCharArray())).isFalse();
    assertThat(list.contains("letmein!".toCharArray())).isFalse();
    assertThat(list.contains(new char[0])).isFalse();
  }

  @Test
  void dropsDuplicatesAndEmptyLines() {
    assertThat(CommonPasswords.of(List.of("abc", "ABC", "", "abc")).size()).isEqualTo(1);
  }

  @Test
  void findsNonAsciiEntries() {
    CommonPasswords list = CommonPasswords.of(List.of("pässwörd", "пароль"));

    assertThat(list.contains("PÄSSWÖRD".toCharArray())).isTrue();
    assertThat(list.contains("ПАРОЛЬ".toCharArray())).isTrue();
  }

  @Test
  void leavesTheCallersArrayIntact() {
    char[] password = "Hunter2".toCharArray();

    CommonPasswords.of(List.of("hunter2")).contains(password);

    assertThat(password).containsExactly("Hunter2".toCharArray());
  }
}
