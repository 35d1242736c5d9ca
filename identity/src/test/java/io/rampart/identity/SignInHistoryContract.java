package io.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link SignInHistory} keeps. */
public abstract class SignInHistoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected SignInHistory history;

  protected abstract SignInHistory newHistory();

  /** Creates an account that history may belong to and returns its id. */
  protected abstract AccountId existingAccount();

  @BeforeEach
  void createHistory() {
    history = newHistory();
  }

  private static String aDeviceHash() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }

  @Test
  void knowsADeviceOnlyAfterItIsRecorded() {
    AccountId account = existingAccount();
    String device = aDeviceHash();

    assertThat(history.knowsDevice(account, device)).isFalse();
    history.recordDevice(account, device, T0);
    assertThat(history.knowsDevice(account, device)).isTrue();
  }

  @Test
  void aDeviceIsKnownOnlyToTheAccountThatUsedIt() {
    AccountId owner = existingAccount();
    String device = aDeviceHash();
    history.recordDevice(owner, device, T0);

    assertThat(history.knowsDevice(existingAccount(), device)).isFalse();
  }

  @Test
  void recordingAKnownDeviceAgainIsAccepted() {
    AccountId account = existingAccount();
    String device = aDeviceHash();
    history.recordDevice(account, device, T0);

    history.recordDevice(account, device, T0.plusSeconds(60));

    assertThat(history.knowsDevice(account, device)).isTrue();
  }

  @Test
  void knowsASourceByItsIpAddressAndUserAgentTogether() {
    AccountId account = existingAccount();
    history.recordSource(account, "198.51.100.4", "Firefox", T0);

    assertThat(history.knowsSource(account, "198.51.100.4", "Firefox")).isTrue();
    assertThat(history.knowsSource(account, "198.51.100.4", "Chrome")).isFalse();
    assertThat(history.knowsSource(account, "198.51.100.5", "Firefox")).isFalse();
    assertThat(history.knowsSource(existingAccount(), "198.51.100.4", "Firefox")).isFalse();
  }

  @Test
  void recordsSourcesWithoutIpAddressOrUserAgent() {
    AccountId account = existingAccount();
    history.recordSource(account, null, null, T0);
    history.recordSource(account, null, null, T0.plusSeconds(1));
    history.recordSource(account, "198.51.100.4", null, T0);

    assertThat(history.knowsSource(account, null, null)).isTrue();
    assertThat(history.knowsSource(account, "198.51.100.4", null)).isTrue();
    assertThat(history.knowsSource(account, null, "Firefox")).isFalse();
  }
}
