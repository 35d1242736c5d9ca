package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Password hashing runs on a bounded pool: when every slot is busy and no waiting place is left, a
 * sign-in is refused at once with {@code 503 AUTH_OVERLOADED} and {@code Retry-After}, instead of
 * queueing without bound. One hashing slot, no waiting places and a deliberately slow Argon2 cost
 * make a burst of concurrent sign-ins overflow it.
 */
@TestPropertySource(
    properties = {
      "rampart.hashing.max-concurrent=1",
      "rampart.hashing.max-waiting=0",
      "rampart.password.argon2.memory-kib=65536",
      "rampart.password.argon2.iterations=8"
    })
class OverloadIT extends ServerTestBase {
  private static final int BURST = 8;

  @Test
  void refusesSignInsBeyondTheHashingPoolWithRetryAfter() throws Exception {
    List<ApiClient.Reply> replies = new ArrayList<>();
    for (int round = 0; round < 3 && replies.stream().noneMatch(r -> r.status() == 503); round++) {
      replies.addAll(burstOfSignIns());
    }

    assertThat(replies)
        .as("every answer is either the ordinary refusal or the overload refusal")
        .allSatisfy(reply -> assertThat(reply.status()).isIn(401, 503));
    ApiClient.Reply overloaded =
        replies.stream().filter(r -> r.status() == 503).findFirst().orElseThrow();
    assertThat(overloaded.code()).isEqualTo("AUTH_OVERLOADED");
    assertThat(overloaded.contentType()).startsWith("application/problem+json");
    assertThat(Integer.parseInt(overloaded.header("Retry-After"))).isPositive();
    assertThat(replies).anyMatch(r -> r.status() == 401);
  }

  private List<ApiClient.Reply> burstOfSignIns() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(BURST)) {
      List<Future<ApiClient.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post("/api/v1/sessions")
                      .json(Map.of("email", freshEmail(), "password", PASSWORD))
                      .send();
                }));
      }
      start.countDown();
      List<ApiClient.Reply> replies = new ArrayList<>();
      for (Future<ApiClient.Reply> future : futures) {
        replies.add(future.get());
      }
      return replies;
    }
  }
}
