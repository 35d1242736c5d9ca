package io.rampart.identity.internal;

import io.rampart.identity.TrustedDevice;
import io.rampart.identity.TrustedDeviceId;
import io.rampart.identity.TrustedDeviceView;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Devices whose sign-ins skip the second factor for a while. A device is its device token (the
 * long-lived, HttpOnly {@code rampart_device} cookie, or the device token an API client keeps): a
 * 256-bit random value whose hash is the only thing stored, so it cannot be forged and revoking it
 * takes effect at once. Trust is given only after a sign-in that proved a second factor, and ends
 * with its lifetime, a revocation, or any password or second-factor change.
 */
public final class TrustedDevices {
  static final String REVOKED_BY_CHANGE = "security-change";

  private final Context context;

  TrustedDevices(Context context) {
    this.context = context;
  }

  /** Trusts the device of a sign-in that proved a second factor; in the caller's transaction. */
  TrustedDeviceView trust(
      AccountId account, String deviceToken, RequestOrigin origin, Instant now) {
    TrustedDevice device =
        new TrustedDevice(
            new TrustedDeviceId(context.ids().newId()),
            account,
            Tokens.hash(deviceToken),
            origin.userAgent(),
            origin.ipAddress(),
            now,
            now.plus(context.mfa().trustedDeviceTtl()),
            null);
    context.mfaPorts().trustedDevices().trust(device);
    context.auditOwn(
        account,
        "trusted_device.added",
        origin,
        Map.of("device", device.id().toString(), "expiresAt", device.expiresAt().toString()));
    return view(device, true);
  }

  boolean trusted(AccountId account, String deviceTokenHash) {
    return deviceTokenHash != null
        && context.mfaPorts().trustedDevices().isTrusted(account, deviceTokenHash, context.now());
  }

  /**
   * @param currentDeviceToken the device token of the asking request, or {@code null}
   */
  public List<TrustedDeviceView> list(AccountId account, String currentDeviceToken) {
    String current = Tokens.plausible(currentDeviceToken) ? Tokens.hash(currentDeviceToken) : null;
    return context.mfaPorts().trustedDevices().findActive(account, context.now()).stream()
        .map(d -> view(d, d.deviceTokenHash().equals(current)))
        .toList();
  }

  public boolean revoke(AccountId account, TrustedDeviceId id, RequestOrigin origin) {
    return context
        .ports()
        .transactions()
        .inTransaction(
            () -> {
              if (!context.mfaPorts().trustedDevices().revoke(account, id, context.now())) {
                return false;
              }
              context.auditOwn(
                  account, "trusted_device.revoked", origin, Map.of("device", id.toString()));
              return true;
            });
  }

  public int revokeAll(AccountId account, RequestOrigin origin) {
    return context
        .ports()
        .transactions()
        .inTransaction(() -> revokeAllWithin(account, origin, "owner"));
  }

  /** Revokes every trusted device in the caller's transaction, auditing if there were any. */
  int revokeAllWithin(AccountId account, RequestOrigin origin, String why) {
    int revoked = context.mfaPorts().trustedDevices().revokeAll(account, context.now());
    if (revoked > 0) {
      context.auditOwn(
          account,
          "trusted_device.revoked_all",
          origin,
          Map.of("count", Integer.toString(revoked), "reason", why));
    }
    return revoked;
  }

  private static TrustedDeviceView view(TrustedDevice device, boolean current) {
    return new TrustedDeviceView(
        device.id(),
        device.label(),
        device.ipAddress(),
        device.createdAt(),
        device.expiresAt(),
        current);
  }
}
