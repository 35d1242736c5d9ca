package io.rampart.simulation.internal;

import io.rampart.risk.AddressChangeKind;
import io.rampart.risk.RiskEvent;
import io.rampart.risk.SecuritySetting;
import io.rampart.risk.SubjectId;
import java.time.Instant;

/** Builds the simulation's events, numbering them in the order they are made. */
public final class Events {
  private long next;

  private String id() {
    return String.format("ev-%08d", next++);
  }

  public RiskEvent.SignInAttempt signIn(
      SubjectId account, Instant at, boolean success, Client c, boolean mfa) {
    return new RiskEvent.SignInAttempt(
        id(), account, at, success, c.ip(), c.userAgent(), c.deviceId(), success && mfa);
  }

  public RiskEvent.SessionActivity session(
      SubjectId account, Instant at, String session, Client c) {
    return new RiskEvent.SessionActivity(
        id(), account, at, session, c.ip(), c.userAgent(), c.deviceId());
  }

  public RiskEvent.WithdrawalRequest withdrawal(
      SubjectId account,
      Instant at,
      Asset asset,
      long usdCents,
      String address,
      Instant whitelistedSince,
      long balanceUsdCents,
      Client c) {
    return new RiskEvent.WithdrawalRequest(
        id(),
        account,
        at,
        asset.name(),
        asset.network(),
        asset.amountMinor(usdCents),
        asset.scale(),
        usdCents,
        address,
        whitelistedSince != null,
        whitelistedSince,
        balanceUsdCents,
        c.ip(),
        c.deviceId());
  }

  public RiskEvent.Deposit deposit(SubjectId account, Instant at, Asset asset, long usdCents) {
    return new RiskEvent.Deposit(
        id(),
        account,
        at,
        asset.name(),
        asset.network(),
        asset.amountMinor(usdCents),
        asset.scale(),
        usdCents,
        null);
  }

  public RiskEvent.AddressBookChange address(
      SubjectId account,
      Instant at,
      AddressChangeKind kind,
      Asset asset,
      String address,
      Client c) {
    return new RiskEvent.AddressBookChange(
        id(), account, at, kind, asset.name(), asset.network(), address, c.ip(), c.deviceId());
  }

  public RiskEvent.SecuritySettingChange security(
      SubjectId account, Instant at, SecuritySetting setting, Client c) {
    return new RiskEvent.SecuritySettingChange(id(), account, at, setting, c.ip(), c.deviceId());
  }

  public RiskEvent.ApiKeyUse apiKey(
      SubjectId account, Instant at, String keyId, String permission, String ip) {
    return new RiskEvent.ApiKeyUse(id(), account, at, keyId, permission, ip);
  }
}
