package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Trusted devices in memory, for tests. Thread-safe. */
public final class InMemoryTrustedDeviceRepository implements TrustedDeviceRepository {
  private final List<TrustedDevice> devices = new ArrayList<>();

  @Override
  public synchronized void trust(TrustedDevice device) {
    devices.replaceAll(
        d ->
            d.account().equals(device.account())
                    && d.deviceTokenHash().equals(device.deviceTokenHash())
                    && d.activeAt(device.createdAt())
                ? revoked(d, device.createdAt())
                : d);
    devices.add(device);
  }

  @Override
  public synchronized boolean isTrusted(AccountId account, String deviceTokenHash, Instant now) {
    return devices.stream()
        .anyMatch(
            d ->
                d.account().equals(account)
                    && d.deviceTokenHash().equals(deviceTokenHash)
                    && d.activeAt(now));
  }

  @Override
  public synchronized List<TrustedDevice> findActive(AccountId account, Instant now) {
    return devices.stream()
        .filter(d -> d.account().equals(account) && d.activeAt(now))
        .sorted(Comparator.comparing(TrustedDevice::createdAt).reversed())
        .toList();
  }

  @Override
  public synchronized boolean revoke(AccountId account, TrustedDeviceId id, Instant at) {
    for (int i = 0; i < devices.size(); i++) {
      TrustedDevice d = devices.get(i);
      if (d.id().equals(id) && d.account().equals(account) && d.activeAt(at)) {
        devices.set(i, revoked(d, at));
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized int revokeAll(AccountId account, Instant at) {
    int revoked = 0;
    for (int i = 0; i < devices.size(); i++) {
      TrustedDevice d = devices.get(i);
      if (d.account().equals(account) && d.activeAt(at)) {
        devices.set(i, revoked(d, at));
        revoked++;
      }
    }
    return revoked;
  }

  private static TrustedDevice revoked(TrustedDevice d, Instant at) {
    return new TrustedDevice(
        d.id(),
        d.account(),
        d.deviceTokenHash(),
        d.label(),
        d.ipAddress(),
        d.createdAt(),
        d.expiresAt(),
        at);
  }
}
