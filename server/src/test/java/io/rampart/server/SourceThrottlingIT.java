package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.audit.AuditRecord;
import io.rampart.identity.SoftwareAuthenticator;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Throttling by source over real connections: each client below sends from its own loopback address
 * (all of 127.0.0.0/8 reaches the server), so the server sees that address as the client IP. The
 * counters kept per IP and per /24 network are Rampart's defaults here ({@link MailTestBase}). Each
 * test uses its own /24s away from 127.0.0.0/24, where the other tests of this context sign in
 * from, so none of them is throttled by these failures. Passkey sign-ins count on the same keys.
 */
class SourceThrottlingIT extends MailTestBase {
  private static final String WRONG = "Not-The-Right-Passphrase-11";

  private ApiClient from(String ip) {
    try {
      return new ApiClient("http://127.0.0.1:" + port, InetAddress.getByName(ip));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiClient.Reply signIn(ApiClient client, String email, String password) {
    return client
        .post("/api/v1/sessions")
        .json(Map.of("email", email, "password", password))
        .send();
  }

  /** Fails once against each of {@code count} fresh registered accounts, from {@code ip}. */
  private void stuff(String ip, int count) {
    ApiClient client = from(ip);
    for (int i = 0; i < count; i++) {
      String victim = freshEmail();
      assertThat(register(victim, PASSWORD).status()).isEqualTo(202);
      assertThat(signIn(client, victim, WRONG).status())
          .as("failure %d from %s", i + 1, ip)
          .isEqualTo(401);
    }
  }

  @Test
  void refusesASourceThatFailedAcrossManyAccountsEvenForAnAccountWithoutFailures() {
    String untouched = verifiedAccount();
    String untouchedId =
        api.get("/api/v1/account")
            .bearer(signedIn(untouched).token())
            .send()
            .json()
            .path("id")
            .asString();
    int free = properties.throttling().freeSourceFailures();

    stuff("127.0.2.23", free + 1);
    ApiClient.Reply fromStuffer = signIn(from("127.0.2.23"), untouched, PASSWORD);

    assertThat(fromStuffer.status()).isEqualTo(429);
    assertThat(fromStuffer.code()).isEqualTo("AUTH_THROTTLED");
    assertThat(fromStuffer.header("Retry-After"))
        .isEqualTo(Long.toString(properties.throttling().baseDelay().toSeconds()));
    assertThat(auditOf(untouchedId)).extracting(AuditRecord::type).contains("signin.throttled");
  }

  @Test
  void letsTheOwnerSignInFromAKnownDeviceAtASourceThatIsThrottled() {
    String owner = verifiedAccount();
    ApiClient sharedAddress = from("127.0.6.23");
    ApiClient.Reply first = signIn(sharedAddress, owner, PASSWORD);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String device = first.json().path("deviceToken").asString();
    stuff("127.0.6.23", properties.throttling().freeSourceFailures() + 1);
    assertThat(signIn(sharedAddress, owner, PASSWORD).status()).isEqualTo(429);

    ApiClient.Reply fromKnownDevice =
        sharedAddress
            .post("/api/v1/sessions")
            .header("X-Rampart-Device", device)
            .json(Map.of("email", owner, "password", PASSWORD))
            .send();

    assertThat(fromKnownDevice.status()).as(fromKnownDevice.body()).isEqualTo(201);
  }

  @Test
  void letsANeighbourInTheSameNetworkInWhileTheNetworkHasFreeFailuresLeft() {
    String owner = verifiedAccount();
    stuff("127.0.3.23", properties.throttling().freeSourceFailures() + 1);
    assertThat(signIn(from("127.0.3.23"), owner, PASSWORD).status()).isEqualTo(429);

    ApiClient.Reply fromNeighbour = signIn(from("127.0.3.24"), owner, PASSWORD);

    assertThat(fromNeighbour.status()).as(fromNeighbour.body()).isEqualTo(201);
    ApiClient.Reply sessions =
        api.get("/api/v1/sessions").bearer(fromNeighbour.json().path("token").asString()).send();
    assertThat(sessions.json().path("sessions"))
        .filteredOn(s -> s.path("current").asBoolean())
        .extracting(s -> s.path("ipAddress").asString())
        .as("the server saw the neighbour's own address")
        .containsExactly("127.0.3.24");
  }

  /** Opens a passkey sign-in challenge from {@code client}; expects it. */
  private static JsonNode passkeyChallenge(ApiClient client) {
    ApiClient.Reply options = client.post("/api/v1/sessions/passkey/challenges").send();
    assertThat(options.status()).as(options.body()).isEqualTo(200);
    return options.json();
  }

  private static ApiClient.Reply signInWithPasskey(
      ApiClient client, JsonNode challenge, SoftwareAuthenticator key) {
    byte[] webAuthn =
        Base64.getUrlDecoder().decode(challenge.path("passkey").path("challenge").asString());
    return client
        .post("/api/v1/sessions/passkey/challenges/" + challenge.path("challengeId").asString())
        .json("{\"credential\":" + key.assertion("rampart.test", webAuthn) + "}")
        .send();
  }

  private long auditRecordsFrom(String ip) {
    AtomicLong count = new AtomicLong();
    auditStore.forEachInOrder(
        r -> {
          if (ip.equals(r.ipAddress())) {
            count.incrementAndGet();
          }
        });
    return count.get();
  }

  @Test
  void throttlesPasskeySignInsFromASourceThatKeepsFailingAndAuditsTheFloodOnce() {
    String ip = "127.0.8.23";
    ApiClient client = from(ip);
    SoftwareAuthenticator stranger = new SoftwareAuthenticator(PUBLIC_BASE_URL);
    stranger.register("rampart.test", new byte[32], new byte[16]);
    JsonNode kept = passkeyChallenge(client);
    for (int i = 0; i <= properties.throttling().freeSourceFailures(); i++) {
      ApiClient.Reply failed = signInWithPasskey(client, passkeyChallenge(client), stranger);
      assertThat(failed.code()).as("failure %d", i + 1).isEqualTo("AUTH_MFA_PROOF_INVALID");
    }

    ApiClient.Reply options = client.post("/api/v1/sessions/passkey/challenges").send();
    ApiClient.Reply assertion = signInWithPasskey(client, kept, stranger);
    long audited = auditRecordsFrom(ip);
    for (int i = 0; i < 50; i++) {
      assertThat(client.post("/api/v1/sessions/passkey/challenges").send().status()).isEqualTo(429);
      assertThat(signInWithPasskey(client, kept, stranger).status()).isEqualTo(429);
    }

    assertThat(options.status()).isEqualTo(429);
    assertThat(options.code()).isEqualTo("AUTH_THROTTLED");
    assertThat(options.header("Retry-After")).isNotBlank();
    assertThat(assertion.status()).isEqualTo(429);
    assertThat(assertion.code()).isEqualTo("AUTH_THROTTLED");
    assertThat(auditRecordsFrom(ip)).as("audit records from the flood").isEqualTo(audited);
    assertThat(passkeyChallenge(from("127.0.9.23")).path("challengeId").asString())
        .as("another network still opens challenges")
        .isNotBlank();
  }

  @Test
  void refusesEveryAddressOfANetworkThatUsedUpItsFreeFailuresButNoOtherNetwork() {
    String owner = verifiedAccount();
    int perSource = properties.throttling().freeSourceFailures();
    int needed = properties.throttling().freeNetworkFailures() + 1;
    for (int host = 1; needed > 0; host++) {
      int here = Math.min(perSource, needed);
      stuff("127.0.4." + host, here);
      needed -= here;
    }

    ApiClient.Reply fromFreshAddress = signIn(from("127.0.4.200"), owner, PASSWORD);
    ApiClient.Reply fromOtherNetwork = signIn(from("127.0.5.200"), owner, PASSWORD);

    assertThat(fromFreshAddress.status()).isEqualTo(429);
    assertThat(fromFreshAddress.code()).isEqualTo("AUTH_THROTTLED");
    assertThat(fromFreshAddress.header("Retry-After")).isNotBlank();
    assertThat(fromOtherNetwork.status()).as(fromOtherNetwork.body()).isEqualTo(201);
  }
}
