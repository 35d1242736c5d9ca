package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Guesses sent in parallel get no more tries than guesses sent one by one: every attempt is counted
 * before its password is checked. Rampart's default throttling applies here ({@link MailTestBase}):
 * 5 free failures per account. The guesses come from their own loopback address, so the other
 * tests' sources are not charged.
 */
class ParallelGuessingIT extends MailTestBase {
  private static final String WRONG = "Not-The-Right-Passphrase-11";
  private static final int GUESSES = 30;

  private ApiClient from(String ip) {
    try {
      return new ApiClient("http://127.0.0.1:" + port, InetAddress.getByName(ip));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> List<T> inParallel(int threads, Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void letsAtMostTheFreeFailuresPlusOneOfManyParallelSignInsBeChecked() throws Exception {
    String owner = verifiedAccount();
    String device = signedIn(owner).deviceToken();
    ApiClient attacker = from("127.0.7.23");
    int free = properties.throttling().freeAccountFailures();

    List<Integer> statuses =
        inParallel(
            GUESSES,
            () ->
                attacker
                    .post("/api/v1/sessions")
                    .json(Map.of("email", owner, "password", WRONG))
                    .send()
                    .status());

    assertThat(statuses).containsOnly(401, 429);
    assertThat(statuses).filteredOn(s -> s == 401).hasSizeBetween(1, free + 1);
    ApiClient.Reply fromElsewhere =
        from("127.0.7.24")
            .post("/api/v1/sessions")
            .json(Map.of("email", owner, "password", PASSWORD))
            .send();
    assertThat(fromElsewhere.status()).as("the account is throttled").isEqualTo(429);
    ApiClient.Reply fromTheOwnersDevice =
        api.post("/api/v1/sessions")
            .header("X-Rampart-Device", device)
            .json(Map.of("email", owner, "password", PASSWORD))
            .send();
    assertThat(fromTheOwnersDevice.status()).as(fromTheOwnersDevice.body()).isEqualTo(201);
  }

  @Test
  void letsAtMostTheFreeFailuresPlusOneOfManyParallelPasswordChangesBeChecked() throws Exception {
    String owner = verifiedAccount();
    String token = signedIn(owner).token();
    stepUpByEmail(token, owner, "change-password");
    int free = properties.throttling().freeAccountFailures();

    List<ApiClient.Reply> replies =
        inParallel(
            GUESSES,
            () ->
                api.put("/api/v1/account/password")
                    .bearer(token)
                    .json(Map.of("currentPassword", WRONG, "newPassword", "Fresh-Orchard-Kite-93"))
                    .send());

    assertThat(replies).extracting(ApiClient.Reply::status).containsOnly(403, 429);
    assertThat(replies).filteredOn(r -> r.status() == 403).hasSizeBetween(1, free + 1);
    assertThat(replies)
        .filteredOn(r -> r.status() == 429)
        .allSatisfy(
            r -> {
              assertThat(r.code()).isEqualTo("AUTH_THROTTLED");
              assertThat(r.header("Retry-After")).isNotBlank();
            });
  }
}
