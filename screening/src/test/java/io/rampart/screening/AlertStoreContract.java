package io.rampart.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.TransactionRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link AlertStore} keeps. */
public abstract class AlertStoreContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected AlertStore store;

  protected abstract AlertStore newStore();

  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  /**
   * A valid open alert for a fresh customer; change one thing with {@link Alert}'s copy helpers.
   */
  protected static Alert anAlert() {
    return anAlert("customer-" + UUID.randomUUID(), "1001", "c1", "e1", T0);
  }

  protected static Alert anAlert(
      String customer, String entryId, String customerDigest, String entryDigest, Instant at) {
    return new Alert(
        UUID.randomUUID(),
        customer,
        Alert.Kind.NAME,
        "Karim Yusuf Al-Rashidi",
        "ofac-sdn",
        entryId,
        "AL-RASHIDI, Karim Yusuf",
        "AL RASHIDI, Kareem Youssef",
        0.934,
        List.of(
            "NAME 0.934: KARIM ~ KAREEM (0.90)",
            "NATIONALITY_MATCH +0.03: nationality IQ is listed"),
        customerDigest,
        entryDigest,
        "sha256:00ff",
        Alert.Status.OPEN,
        at,
        null,
        null,
        null);
  }

  @Test
  void keepsAnAlertAsInserted() {
    Alert alert = anAlert();

    assertThat(store.insertIfNew(alert)).isTrue();

    assertThat(store.find(alert.id())).contains(alert);
  }

  @Test
  void insertsNoSecondAlertWithTheSameKeyWhateverItsStatus() {
    Alert first = anAlert();
    store.insertIfNew(first);
    store.decide(first.id(), Alert.Status.DISMISSED, "analyst", T0.plusSeconds(60), "other person");
    Alert again =
        anAlert(
            first.customerId(),
            first.entryId(),
            first.customerDigest(),
            first.entryDigest(),
            T0.plusSeconds(120));

    assertThat(store.insertIfNew(again)).isFalse();

    assertThat(store.find(again.id())).isEmpty();
    assertThat(store.list(null, first.customerId(), 10)).hasSize(1);
  }

  @Test
  void insertsANewAlertWhenTheCustomerDataOrTheEntryChanged() {
    Alert first = anAlert();
    store.insertIfNew(first);

    boolean newData =
        store.insertIfNew(
            anAlert(first.customerId(), first.entryId(), "c2", first.entryDigest(), T0));
    boolean newEntry =
        store.insertIfNew(
            anAlert(first.customerId(), first.entryId(), first.customerDigest(), "e2", T0));
    boolean otherEntry =
        store.insertIfNew(
            anAlert(first.customerId(), "1002", first.customerDigest(), first.entryDigest(), T0));

    assertThat(List.of(newData, newEntry, otherEntry)).containsOnly(true);
  }

  @Test
  void findsAnAlertByItsKey() {
    Alert alert = anAlert();
    store.insertIfNew(alert);

    assertThat(store.findByKey(alert.customerId(), "ofac-sdn", "1001", "c1", "e1")).contains(alert);
    assertThat(store.findByKey(alert.customerId(), "ofac-sdn", "1001", "c1", "other")).isEmpty();
  }

  @Test
  void decidesAnOpenAlertOnceWithWhoWhenAndWhy() {
    Alert alert = anAlert();
    store.insertIfNew(alert);
    Instant at = T0.plusSeconds(300);

    var decided =
        store.decide(alert.id(), Alert.Status.CONFIRMED, "operator-token", at, "passport matches");
    var again =
        store.decide(
            alert.id(), Alert.Status.DISMISSED, "someone", at.plusSeconds(1), "changed mind");

    assertThat(decided)
        .contains(alert.decided(Alert.Status.CONFIRMED, "operator-token", at, "passport matches"));
    assertThat(again).isEmpty();
    assertThat(store.find(alert.id()).orElseThrow().status()).isEqualTo(Alert.Status.CONFIRMED);
  }

  @Test
  void decidesNothingForAnUnknownAlert() {
    assertThat(store.decide(UUID.randomUUID(), Alert.Status.DISMISSED, "a", T0, "r")).isEmpty();
  }

  @Test
  void listsNewestFirstFilteredByStatusAndCustomer() {
    String customer = "customer-" + UUID.randomUUID();
    Alert older = anAlert(customer, "1", "c", "e", T0);
    Alert newer = anAlert(customer, "2", "c", "e", T0.plusSeconds(10));
    Alert otherCustomer =
        anAlert("customer-" + UUID.randomUUID(), "1", "c", "e", T0.plusSeconds(20));
    store.insertIfNew(older);
    store.insertIfNew(newer);
    store.insertIfNew(otherCustomer);
    store.decide(older.id(), Alert.Status.DISMISSED, "a", T0.plusSeconds(30), "no");

    assertThat(store.list(null, customer, 10))
        .extracting(Alert::id)
        .containsExactly(newer.id(), older.id());
    assertThat(store.list(Alert.Status.OPEN, customer, 10))
        .extracting(Alert::id)
        .containsExactly(newer.id());
    assertThat(store.list(null, customer, 1)).extracting(Alert::id).containsExactly(newer.id());
  }

  @Test
  void concurrentInsertsOfOneKeyKeepOneAlert() throws Exception {
    Alert template = anAlert();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<Boolean> insert =
            () ->
                transactions()
                    .inTransaction(
                        () ->
                            store.insertIfNew(
                                anAlert(template.customerId(), "1001", "c1", "e1", T0)));
        results.add(pool.submit(insert));
      }
      int inserted = 0;
      for (Future<Boolean> r : results) if (r.get()) inserted++;
      assertThat(inserted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.list(null, template.customerId(), 10)).hasSize(1);
  }

  @Test
  void concurrentDecisionsOnOneAlertLetExactlyOneWin() throws Exception {
    Alert alert = anAlert();
    store.insertIfNew(alert);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    transactions()
                        .inTransaction(
                            () ->
                                store
                                    .decide(
                                        alert.id(), Alert.Status.DISMISSED, "analyst-" + n, T0, "r")
                                    .isPresent())));
      }
      int won = 0;
      for (Future<Boolean> r : results) if (r.get()) won++;
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
