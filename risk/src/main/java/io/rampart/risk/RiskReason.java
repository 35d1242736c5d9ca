package io.rampart.risk;

/**
 * The catalogue of rule findings. The names are stable: operators, alerts and clients branch on
 * them, so a reason is never renamed or reused for another meaning.
 */
public enum RiskReason {
  RISK_NEW_DEVICE("Sign-in or action from a device the account has not used."),
  RISK_UNFAMILIAR_SIGN_IN(
      "Network, place or browser are much likelier for others than for this account."),
  RISK_IMPOSSIBLE_TRAVEL("The account moved between places faster than travel allows."),
  RISK_UNFAMILIAR_NETWORK(
      "An action within a session from a country and network the account does not sign in from."),
  RISK_ANONYMISING_NETWORK("The IP belongs to a VPN, proxy or Tor exit."),
  RISK_HOSTING_NETWORK("The IP belongs to a hosting or cloud provider."),
  RISK_KNOWN_BAD_IP("The IP is on a list of known-bad addresses."),
  RISK_FAILED_SIGN_IN_BURST("Many failed sign-ins on the account in a short time."),
  RISK_SOURCE_FAILURE_BURST(
      "Many failed sign-ins from the IP address or its network in a short time."),
  RISK_CREDENTIAL_STUFFING(
      "The IP address, its network or its AS failed sign-ins on many accounts, with few successes."),
  RISK_WITHDRAWAL_VELOCITY("More withdrawals, or more value, than allowed per window."),
  RISK_AMOUNT_ANOMALY("The amount is far above the account's usual amounts for the asset."),
  RISK_NEW_DESTINATION("First withdrawal to this address."),
  RISK_RECENTLY_ADDED_DESTINATION("The destination address was added or whitelisted recently."),
  RISK_AFTER_SECURITY_CHANGE(
      "Withdrawal soon after a password reset, MFA, e-mail or phone change, or a new device."),
  RISK_BALANCE_DRAIN("The withdrawal takes most of the balance."),
  RISK_DORMANT_ACCOUNT("A long-dormant account is active again."),
  RISK_MODEL_SCORE("The trained model the policy names scores the action as likely an attack.");

  private final String description;

  RiskReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
