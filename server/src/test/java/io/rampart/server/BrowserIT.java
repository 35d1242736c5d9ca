package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.identity.TotpTestCodes;
import io.rampart.kernel.MutableClock;
import io.rampart.notification.NoticeKind;
import io.rampart.notification.OutboxMessage;
import io.rampart.notification.OutboxStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real browser: Debian's headless chromium, driven by Selenium through chromedriver,
 * with chromium's virtual authenticator standing in for a platform passkey. Sign up, verify, add a
 * passkey, sign out and back in with it; set up an authenticator app with codes computed from the
 * secret the page shows, and sign in with password and app code.
 *
 * <p>Its own context: the browser must reach Rampart at its public base URL (the origin passkeys
 * are bound to), so the port is fixed before start-up. Skips, saying why, only when chromium or
 * chromedriver is not installed; {@code .ci/run} installs both.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "rampart.data-dir=target/it-data/${random.uuid}",
      "rampart.password.argon2.memory-kib=1024",
      "rampart.password.argon2.iterations=1"
    })
@Import(TestClockConfiguration.class)
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final int PORT = freePort();
  private static final String BASE = "http://localhost:" + PORT;
  private static final String PASSWORD = "Tangerine-Harbour-Lantern-47";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static WebDriver browser;
  private static Path profile;

  @Autowired MutableClock clock;
  @Autowired OutboxStore outbox;

  @DynamicPropertySource
  static void fixedPort(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("rampart.public-base-url", () -> BASE);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed"
            + " (apt-get install chromium chromium-driver); the browser test cannot run");
    profile = Files.createTempDirectory("rampart-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var paths = Files.walk(profile)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void registerAPasskeySignOutSignInWithItThenSetUpAnAppAndSignInWithItsCode() {
    VirtualAuthenticator authenticator =
        ((HasVirtualAuthenticator) browser)
            .addVirtualAuthenticator(
                new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true)
                    .setHasUserVerification(true)
                    .setIsUserVerified(true)
                    .setIsUserConsenting(true));
    String email = "browser-" + System.nanoTime() + "@example.com";

    // Sign up, verify the address, sign in with the password.
    open("/signup");
    type("email", email);
    type("password", PASSWORD);
    click("sign-up");
    waitFor(By.id("accepted"));
    open("/verify-email?token=" + verificationToken(email));
    browser.findElement(By.cssSelector("form button")).click();
    waitForText("verified");
    signInWithPassword(email);
    assertThat(text("account-email")).isEqualTo(email);

    // Add a passkey: the first try asks for an e-mailed code, the second registers it.
    click("add-passkey");
    waitFor(By.id("submit-code"));
    assertThat(mailedCodes(email)).isEqualTo(1);
    type("code", emailedCode(email));
    click("submit-code");
    waitFor(By.id("notice"));
    click("add-passkey");
    waitFor(By.id("new-recovery-codes"));
    assertThat(browser.findElements(By.cssSelector("#new-recovery-codes li"))).hasSize(10);
    assertThat(authenticator.getCredentials()).hasSize(1);
    click("done");
    waitFor(By.id("passkeys"));
    assertThat(text("passkeys")).contains("My passkey");

    // Sign out, then back in with the passkey alone.
    click("sign-out");
    waitFor(By.id("passkey-sign-in"));
    click("passkey-sign-in");
    waitFor(By.id("account-email"));
    assertThat(text("account-email")).isEqualTo(email);

    // Set up an authenticator app: the step-up now takes the passkey.
    click("enrol-totp");
    waitFor(By.id("passkey-step-up"));
    click("passkey-step-up");
    waitFor(By.id("notice"));
    click("enrol-totp");
    String secret = text("totp-secret");
    assertThat(secret).matches("[A-Z2-7]{32}");
    type("code", TotpTestCodes.code(secret, clock.instant()));
    click("confirm-totp");
    waitForText("Your authenticator app is on.");
    assertThat(text("totp-status")).isEqualTo("On.");

    // Sign out, then in with the password and a code from the app.
    click("sign-out");
    waitFor(By.id("sign-in"));
    type("email", email);
    type("password", PASSWORD);
    click("sign-in");
    waitFor(By.id("submit-code"));
    clock.advance(Duration.ofSeconds(30));
    type("code", TotpTestCodes.code(secret, clock.instant()));
    click("submit-code");
    waitFor(By.id("account-email"));
    assertThat(text("account-email")).isEqualTo(email);
  }

  private void signInWithPassword(String email) {
    open("/signin");
    type("email", email);
    type("password", PASSWORD);
    click("sign-in");
    waitFor(By.id("account-email"));
  }

  private static void open(String path) {
    browser.get(BASE + path);
  }

  private static void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void click(String id) {
    waitFor(By.id(id)).click();
  }

  private static String text(String id) {
    return waitFor(By.id(id)).getText().strip();
  }

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "on " + browser.getCurrentUrl() + ": " + browser.getPageSource())
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static void waitForText(String text) {
    new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "on " + browser.getCurrentUrl() + ": " + browser.getPageSource())
        .until(d -> d.getPageSource().contains(text));
  }

  private String verificationToken(String email) {
    Matcher link =
        Pattern.compile("verify-email\\?token=([^\\s\"<]+)")
            .matcher(newest(email, NoticeKind.EMAIL_VERIFICATION).body());
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  private String emailedCode(String email) {
    return ServerTestBase.codeIn(newest(email, NoticeKind.MFA_EMAIL_CODE).body());
  }

  private long mailedCodes(String email) {
    return outbox.list(null, 1000).stream()
        .filter(m -> m.recipient().equals(email) && m.kind() == NoticeKind.MFA_EMAIL_CODE)
        .count();
  }

  private OutboxMessage newest(String email, NoticeKind kind) {
    return outbox.list(null, 1000).stream()
        .filter(m -> m.recipient().equals(email) && m.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " to " + email));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
