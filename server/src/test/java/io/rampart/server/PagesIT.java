package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pages over plain HTTP: headers, the origin check on form posts, the sign-in forms. */
class PagesIT extends MfaTestSupport {
  private static final String FORM = "application/x-www-form-urlencoded";

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private ApiClient.Reply post(String path, Map<String, String> fields, String origin) {
    ApiClient.Call call = api.post(path).body(FORM, form(fields));
    if (origin != null) {
      call.header("Origin", origin);
    }
    return call.send();
  }

  @Test
  void pagesAllowTheirOwnScriptAndStyleAndSendASameOriginReferrer() {
    ApiClient.Reply page = api.get("/signin").send();

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains("default-src 'none'", "script-src 'self'", "img-src 'self' data:");
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.body()).contains("<label for=\"email\">", "lang=\"en\"");
    assertThat(api.get("/assets/passkeys.js").send().status()).isEqualTo(200);
  }

  @Test
  void theSecurityPageSendsStrangersToSignIn() {
    ApiClient.Reply page = api.get("/account/security").send();

    assertThat(page.status()).isEqualTo(303);
    assertThat(page.header("Location")).endsWith("/signin");
  }

  @Test
  void refusesASignInFormPostedFromAnotherSite() {
    String email = verifiedAccount();

    ApiClient.Reply reply =
        post("/signin", Map.of("email", email, "password", PASSWORD), "https://evil.example");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.setCookie("rampart_session")).isNull();
  }

  @Test
  void signsInWithPasswordAndAppCodeThroughTheForms() {
    AppAccount account = accountWithApp();

    ApiClient.Reply challenge =
        post("/signin", Map.of("email", account.email(), "password", PASSWORD), PUBLIC_BASE_URL);
    assertThat(challenge.status()).isEqualTo(200);
    Matcher id =
        Pattern.compile("name=\"challengeId\" value=\"([^\"]+)\"").matcher(challenge.body());
    assertThat(id.find()).isTrue();
    Map<String, String> proof = new LinkedHashMap<>();
    proof.put("challengeId", id.group(1));
    proof.put("method", "totp");
    proof.put("code", nextCode(account));
    ApiClient.Reply signedIn = post("/signin/challenge", proof, PUBLIC_BASE_URL);

    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.header("Location")).endsWith("/account/security");
    String cookie = signedIn.setCookie("rampart_session");
    assertThat(cookie).contains("HttpOnly");
    ApiClient.Reply security =
        api.get("/account/security")
            .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
            .send();
    assertThat(security.status()).isEqualTo(200);
    assertThat(security.body()).contains(account.email(), "id=\"totp-status\">On.");
  }
}
