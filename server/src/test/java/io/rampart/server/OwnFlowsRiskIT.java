package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.RecordedAssessment;
import io.rampart.risk.RiskRecordStore;
import io.rampart.risk.SubjectId;
import io.rampart.server.risk.EngineSignInRisk;
import io.rampart.server.risk.RiskHost;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rampart's own sign-ins and password changes become risk events of the in-process engine. */
class OwnFlowsRiskIT extends ServerTestBase {
  @Autowired RiskRecordStore records;

  private String accountIdOf(SignedIn session) {
    return api.get("/api/v1/account").bearer(session.token()).send().json().path("id").asString();
  }

  private List<RecordedAssessment> recordsOf(String account) {
    return records.after(new SubjectId(account), 0);
  }

  @Test
  void aSignInIsAssessedAsASignInAttemptOfTheRampartAccount() {
    String email = verifiedAccount();
    SignedIn session = signedIn(email);
    String account = accountIdOf(session);

    List<RecordedAssessment> mine = recordsOf(account);

    assertThat(mine)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key().sender()).isEqualTo(RiskHost.RAMPART);
              assertThat(r.eventType()).isEqualTo("sign_in_attempt");
              assertThat(r.document()).contains("\"success\":true").contains("\"deviceId\"");
            });
    assertThat(auditOf(account).stream().filter(a -> a.type().equals("signin.succeeded")))
        .singleElement()
        .satisfies(a -> assertThat(a.data().values()).contains(mine.getFirst().id().toString()));
  }

  @Test
  void aWrongPasswordIsRecordedAsAFailedAttemptOfTheAccount() {
    String email = verifiedAccount();
    String account = accountIdOf(signedIn(email));

    assertThat(signIn(email, "not-the-password-at-all").status()).isEqualTo(401);

    assertThat(recordsOf(account))
        .last()
        .satisfies(
            r -> {
              assertThat(r.document()).contains("\"success\":false");
              assertThat(r.accountSeq()).isEqualTo(2);
            });
  }

  @Test
  void aFailureOnAnUnknownAddressIsRecordedUnderItsPseudonym() throws Exception {
    String email = freshEmail();

    assertThat(signIn(email, PASSWORD).status()).isEqualTo(401);
    assertThat(signIn(email, PASSWORD).status()).isEqualTo(401);

    String pseudonym =
        EngineSignInRisk.UNKNOWN_PREFIX
            + HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(email.getBytes(StandardCharsets.UTF_8)),
                    0,
                    16);
    assertThat(recordsOf(pseudonym))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.document()).contains("\"success\":false"));
    assertThat(recordsOf(pseudonym).getFirst().document()).doesNotContain(email);
  }

  @Test
  void aPasswordChangeIsRecordedAsASecuritySettingChange() {
    String email = verifiedAccount();
    SignedIn session = signedIn(email);
    String account = accountIdOf(session);
    stepUpByEmail(session.token(), email, "change-password");

    ApiClient.Reply changed =
        api.put("/api/v1/account/password")
            .bearer(session.token())
            .json(Map.of("currentPassword", PASSWORD, "newPassword", "Quartz-Meadow-Falcon-93"))
            .send();

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(recordsOf(account))
        .last()
        .satisfies(
            r -> {
              assertThat(r.eventType()).isEqualTo("security_setting_change");
              assertThat(r.document()).contains("\"setting\":\"PASSWORD\"");
            });
  }
}
