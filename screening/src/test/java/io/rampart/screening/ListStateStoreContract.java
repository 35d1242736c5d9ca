package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link ListStateStore} keeps. */
public abstract class ListStateStoreContract {
  protected ListStateStore store;

  protected abstract ListStateStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void knowsNothingOfAListNeverRecorded() {
    assertThat(store.digests("list-" + UUID.randomUUID())).isEmpty();
  }

  @Test
  void replacesAListsDigestsWholesale() {
    String list = "list-" + UUID.randomUUID();
    store.replace(list, Map.of("1", "a", "2", "b"));

    store.replace(list, Map.of("2", "c", "3", "d"));

    assertThat(store.digests(list)).isEqualTo(Map.of("2", "c", "3", "d"));
  }

  @Test
  void keepsListsApart() {
    String one = "list-" + UUID.randomUUID();
    String two = "list-" + UUID.randomUUID();
    store.replace(one, Map.of("1", "a"));
    store.replace(two, Map.of("1", "b"));

    assertThat(store.digests(one)).isEqualTo(Map.of("1", "a"));
    assertThat(store.digests(two)).isEqualTo(Map.of("1", "b"));
  }

  @Test
  void canEmptyAList() {
    String list = "list-" + UUID.randomUUID();
    store.replace(list, Map.of("1", "a"));

    store.replace(list, Map.of());

    assertThat(store.digests(list)).isEmpty();
  }
}
