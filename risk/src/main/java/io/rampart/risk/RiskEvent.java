package io.rampart.risk;

import java.time.Instant;
import java.util.Objects;

/**
 * Something an account did, or tried to do, that the engine scores and learns from. Records only
 * check that required fields are present; {@link EventValidation} checks their values. Fields
 * documented as optional are {@code null} when unknown.
 */
public sealed interface RiskEvent {
  /** Unique per sender; a re-sent event carries the same id. */
  String eventId();

  SubjectId accountId();

  Instant occurredAt();

  ActionType actionType();

  /** A sign-in attempt; {@code deviceId} is optional, {@code ip} and {@code userAgent} too. */
  record SignInAttempt(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      boolean success,
      String ip,
      String userAgent,
      String deviceId,
      boolean mfaUsed)
      implements RiskEvent {
    public SignInAttempt {
      requireCommon(eventId, accountId, occurredAt);
    }

    @Override
    public ActionType actionType() {
      return ActionType.SIGN_IN;
    }
  }

  /** Activity within an established session; every field but the common ones is optional. */
  record SessionActivity(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      String sessionId,
      String ip,
      String userAgent,
      String deviceId)
      implements RiskEvent {
    public SessionActivity {
      requireCommon(eventId, accountId, occurredAt);
    }

    @Override
    public ActionType actionType() {
      return ActionType.SESSION;
    }
  }

  /**
   * A request to withdraw {@code amountMinor} (in units of 10<sup>-scale</sup> {@code asset}) worth
   * {@code usdCents}. {@code whitelistedSince}, {@code balanceUsdCents} (the account's balance in
   * this asset before the withdrawal), {@code ip} and {@code deviceId} are optional.
   */
  record WithdrawalRequest(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      String asset,
      String network,
      long amountMinor,
      int scale,
      long usdCents,
      String destinationAddress,
      boolean whitelisted,
      Instant whitelistedSince,
      Long balanceUsdCents,
      String ip,
      String deviceId)
      implements RiskEvent {
    public WithdrawalRequest {
      requireCommon(eventId, accountId, occurredAt);
      Objects.requireNonNull(asset, "asset");
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(destinationAddress, "destinationAddress");
    }

    @Override
    public ActionType actionType() {
      return ActionType.WITHDRAWAL;
    }
  }

  /** A deposit credited to the account; {@code sourceAddress} is optional. */
  record Deposit(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      String asset,
      String network,
      long amountMinor,
      int scale,
      long usdCents,
      String sourceAddress)
      implements RiskEvent {
    public Deposit {
      requireCommon(eventId, accountId, occurredAt);
      Objects.requireNonNull(asset, "asset");
      Objects.requireNonNull(network, "network");
    }

    @Override
    public ActionType actionType() {
      return ActionType.DEPOSIT;
    }
  }

  /**
   * A change to the address book or whitelist; {@code asset}, {@code network} and {@code address}
   * are optional for whole-whitelist changes, {@code ip} and {@code deviceId} always.
   */
  record AddressBookChange(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      AddressChangeKind kind,
      String asset,
      String network,
      String address,
      String ip,
      String deviceId)
      implements RiskEvent {
    public AddressBookChange {
      requireCommon(eventId, accountId, occurredAt);
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public ActionType actionType() {
      return ActionType.ADDRESS_CHANGE;
    }
  }

  /** A security setting changed (or a password reset); {@code ip} and {@code deviceId} optional. */
  record SecuritySettingChange(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      SecuritySetting setting,
      String ip,
      String deviceId)
      implements RiskEvent {
    public SecuritySettingChange {
      requireCommon(eventId, accountId, occurredAt);
      Objects.requireNonNull(setting, "setting");
    }

    @Override
    public ActionType actionType() {
      return ActionType.SECURITY_CHANGE;
    }
  }

  /** A call made with one of the account's API keys; {@code permission} and {@code ip} optional. */
  record ApiKeyUse(
      String eventId,
      SubjectId accountId,
      Instant occurredAt,
      String keyId,
      String permission,
      String ip)
      implements RiskEvent {
    public ApiKeyUse {
      requireCommon(eventId, accountId, occurredAt);
      Objects.requireNonNull(keyId, "keyId");
    }

    @Override
    public ActionType actionType() {
      return ActionType.API_KEY_USE;
    }
  }

  private static void requireCommon(String eventId, SubjectId accountId, Instant occurredAt) {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
