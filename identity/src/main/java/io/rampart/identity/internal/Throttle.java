package io.rampart.identity.internal;

import io.rampart.identity.EmailAddress;
import io.rampart.identity.IdentitySettings.Throttling;
import io.rampart.identity.ThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Growing delays after failed sign-ins, per account, per device, per source IP and per network.
 * Each key has some free failures; after those, the n-th extra failure blocks the key for {@code
 * baseDelay * 2^(n-1)}, at most {@code maxDelay}, counted from that failure.
 *
 * <p>A device the owner signed in from before is checked under its own key only, neither the
 * account's nor its IP's nor its network's: an attacker who fails against an account, or from the
 * owner's IP or network (a shared office, a carrier's NAT, every client behind a proxy that does
 * not forward addresses), cannot lock the owner out of their own device. A device key guards one
 * account, so a stolen device token buys its holder nothing the account key would not: guesses
 * against that one account under the same free failures and growing delays, and no way to spray
 * other accounts past the IP and network keys, since on any other account the token is unknown.
 */
final class Throttle {
  /** One counter and how many failures it allows for free. */
  record Key(String name, int freeFailures) {
    /** An account's or device's key, which a correct password clears. */
    boolean ofIdentity() {
      return name.startsWith(ACCOUNT) || name.startsWith(DEVICE);
    }
  }

  private static final String ACCOUNT = "account:";
  private static final String DEVICE = "device:";

  private final ThrottleStore store;
  private final Throttling settings;

  Throttle(ThrottleStore store, Throttling settings) {
    this.store = store;
    this.settings = settings;
  }

  static String accountKey(EmailAddress email) {
    return ACCOUNT + email.value();
  }

  static String deviceKey(String deviceTokenHash) {
    return DEVICE + deviceTokenHash;
  }

  /** The key an account's own failures (sign-in and password change) count under. */
  Key accountKeyOf(EmailAddress email) {
    return new Key(accountKey(email), settings.freeAccountFailures());
  }

  /**
   * The keys an attempt is counted under: a known device's own key alone, or else the account's,
   * the IP's and the network's.
   *
   * @param email the address tried, if it is a valid address
   * @param knownDeviceHash the hash of a device token the account knows, or {@code null}
   * @param ip the source address, or {@code null}
   */
  List<Key> keysFor(Optional<EmailAddress> email, String knownDeviceHash, String ip) {
    if (knownDeviceHash != null) {
      return List.of(new Key(deviceKey(knownDeviceHash), settings.freeAccountFailures()));
    }
    List<Key> keys = new ArrayList<>(3);
    email.ifPresent(e -> keys.add(accountKeyOf(e)));
    if (ip != null && !ip.isBlank()) {
      keys.add(new Key("ip:" + ip, settings.freeSourceFailures()));
      NetworkPrefix.of(ip)
          .ifPresent(net -> keys.add(new Key("net:" + net, settings.freeNetworkFailures())));
    }
    return keys;
  }

  /** How long until every key allows another attempt, or empty if they all do now. */
  Optional<Duration> blockedFor(List<Key> keys, Instant now) {
    return CountedAttempt.longestWait(blockedUntil(keys, now), now);
  }

  /**
   * Each key that blocks an attempt now, without counting one, with the time it blocks until; empty
   * if none does.
   */
  Map<String, Instant> blockedUntil(List<Key> keys, Instant now) {
    Map<String, Instant> blocking = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return blocking;
    }
    Map<String, ThrottleStore.State> states = store.find(keys.stream().map(Key::name).toList());
    for (Key key : keys) {
      Duration left = waitFor(key, states.get(key.name()), now);
      if (left.isPositive()) {
        blocking.put(key.name(), now.plus(left));
      }
    }
    return blocking;
  }

  /**
   * Counts an attempt on every key before any hashing ("count first, settle after"): whether it may
   * go on is decided from the states before its own count, so of concurrent attempts only as many
   * as the keys allow find them unblocked. Join it to a transaction.
   */
  CountedAttempt count(List<Key> keys, Instant now) {
    List<ThrottleStore.Reservation> reservations = new ArrayList<>(keys.size());
    for (Key key : keys) {
      reservations.add(store.reserve(key.name(), now, settings.window()));
    }
    return new CountedAttempt(this, keys, reservations);
  }

  /**
   * How long {@code key} blocks after the failures in {@code state} (which may be {@code null}): a
   * key blocks once its failures exceed the free ones, for the current delay after the last.
   */
  Duration waitFor(Key key, ThrottleStore.State state, Instant now) {
    if (state == null || state.failures() <= key.freeFailures()) {
      return Duration.ZERO;
    }
    if (Duration.between(state.lastFailureAt(), now).compareTo(settings.window()) > 0) {
      return Duration.ZERO;
    }
    Instant until = state.lastFailureAt().plus(delay(state.failures() - key.freeFailures()));
    Duration left = Duration.between(now, until);
    return left.isNegative() ? Duration.ZERO : left;
  }

  ThrottleStore store() {
    return store;
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
}
