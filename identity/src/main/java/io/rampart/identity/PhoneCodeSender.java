package io.rampart.identity;

import io.rampart.kernel.AccountId;

/**
 * Port for sending one-time codes by SMS or voice call. Rampart ships no implementation and enables
 * none: a SIM swap or SS7 interception hands the code to an attacker, so NIST SP 800-63B restricts
 * the public telephone network as an authenticator, and an exchange's accounts are worth the
 * attack. It exists so that an operator who must offer phone codes (a regulator, a market without
 * smartphones) has one place to plug a gateway in; a phone factor built on it would offer them only
 * where the action catalogue allows {@code any-factor}, never for withdrawals.
 *
 * <p>Contract: {@link #send} is called inside the transaction that stores the code's hash, after
 * the code is counted on the account's hourly cap; it MUST NOT log the code, and MAY throw when the
 * gateway refuses the message (the transaction then rolls back). Implementations are thread-safe.
 */
public interface PhoneCodeSender {
  /** How the code reaches the phone. */
  enum Channel {
    SMS,
    VOICE
  }

  /**
   * @param phoneNumber the number in E.164 form ({@code +447700900123})
   * @param code the 6-digit code; a secret
   */
  void send(AccountId account, String phoneNumber, String code, Channel channel);
}
