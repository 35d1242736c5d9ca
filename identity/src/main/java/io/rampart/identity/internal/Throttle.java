package io.rampart.identity.internal;

import io.rampart.identity.EmailAddress;
import io.rampart.identity.IdentitySettings.Throttling;
import io.rampart.identity.ThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Growing delays after failed sign-ins, per account, per device, per source IP and per network.
 * Each key has some free failures; after those, the n-th extra failure blocks the key for {@code
 * baseDelay * 2^(n-1)}, at most {@code maxDelay}, counted from that failure. A device the owner
 * signed in from before is checked under its own key instead of the account's, so an attacker who
 * fails against an account cannot lock its owner out.
 */
final class Throttle {
  /** One counter and how many failures it allows for free. */
  record Key(String name, int freeFailures) {}

  private final ThrottleStore store;
  private final Throttling settings;

  Throttle(ThrottleStore store, Throttling settings) {
    this.store = store;
    this.settings = settings;
  }

  static String accountKey(EmailAddress email) {
    return "account:" + email.value();
  }

  static String deviceKey(String deviceTokenHash) {
    return "device:" + deviceTokenHash;
  }

  /**
   * The keys an attempt is counted under.
   *
   * @param email the address tried, if it is a valid address
   * @param knownDeviceHash the hash of a device token the account knows, or {@code null}
   * @param ip the source address, or {@code null}
   */
  List<Key> keysFor(Optional<EmailAddress> email, String knownDeviceHash, String ip) {
    List<Key> keys = new ArrayList<>(3);
    if (knownDeviceHash != null) {
      keys.add(new Key(deviceKey(knownDeviceHash), settings.freeAccountFailures()));
    } else {
      email.ifPresent(e -> keys.add(new Key(accountKey(e), settings.freeAccountFailures())));
    }
    if (ip != null && !ip.isBlank()) {
      keys.add(new Key("ip:" + ip, settings.freeSourceFailures()));
      NetworkPrefix.of(ip)
          .ifPresent(net -> keys.add(new Key("net:" + net, settings.freeNetworkFailures())));
    }
    return keys;
  }

  /** How long until every key allows another attempt, or empty if they all do now. */
  Optional<Duration> blockedFor(List<Key> keys, Instant now) {
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Map<String, ThrottleStore.State> states = store.find(keys.stream().map(Key::name).toList());
    Duration longest = Duration.ZERO;
    for (Key key : keys) {
      ThrottleStore.State state = states.get(key.name());
      if (state == null || state.failures() <= key.freeFailures()) {
        continue;
      }
      if (Duration.between(state.lastFailureAt(), now).compareTo(settings.window()) > 0) {
        continue;
      }
      Instant until = state.lastFailureAt().plus(delay(state.failures() - key.freeFailures()));
      Duration left = Duration.between(now, until);
      if (left.compareTo(longest) > 0) {
        longest = left;
      }
    }
    return longest.isPositive() ? Optional.of(longest) : Optional.empty();
  }

  /** The wait after the {@code extra}-th failure beyond the free ones ({@code extra >= 1}). */
  Duration delay(int extra) {
    Duration max = settings.maxDelay();
    Duration delay = settings.baseDelay();
    for (int i = 1; i < extra && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  void recordFailure(List<Key> keys, Instant at) {
    for (Key key : keys) {
      store.recordFailure(key.name(), at, settings.window());
    }
  }

  /** Forgets the failures of the account and of the device used, after a correct password. */
  void clearAfterSuccess(EmailAddress email, String deviceTokenHash) {
    store.clear(accountKey(email));
    if (deviceTokenHash != null) {
      store.clear(deviceKey(deviceTokenHash));
    }
  }
}
