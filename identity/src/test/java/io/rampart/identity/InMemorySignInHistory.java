package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Known devices and sources in memory, for tests. Thread-safe. */
public final class InMemorySignInHistory implements SignInHistory {
  private record Device(AccountId account, String tokenHash) {}

  private record Source(AccountId account, String ipAddress, String userAgent) {}

  private final Map<Device, Instant> devices = new HashMap<>();
  private final Map<Source, Instant> sources = new HashMap<>();

  @Override
  public synchronized boolean knowsDevice(AccountId account, String deviceTokenHash) {
    return devices.containsKey(new Device(account, deviceTokenHash));
  }

  @Override
  public synchronized boolean knowsSource(AccountId account, String ipAddress, String userAgent) {
    return sources.containsKey(new Source(account, ipAddress, userAgent));
  }

  @Override
  public synchronized void recordDevice(AccountId account, String deviceTokenHash, Instant at) {
    devices.put(new Device(account, Objects.requireNonNull(deviceTokenHash)), at);
  }

  @Override
  public synchronized void recordSource(
      AccountId account, String ipAddress, String userAgent, Instant at) {
    sources.put(new Source(account, ipAddress, userAgent), at);
  }

  public synchronized int deviceCount(AccountId account) {
    return (int) devices.keySet().stream().filter(d -> d.account().equals(account)).count();
  }
}
