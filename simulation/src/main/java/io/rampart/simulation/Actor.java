package io.rampart.simulation;

/** Who acted in a simulated event: the account's owner, or an attacker of a given kind. */
public enum Actor {
  /** The owner, going about their habits. */
  LEGITIMATE(false),
  /** A botnet tries leaked passwords on many accounts; a few are reused and work. */
  CREDENTIAL_STUFFING(true),
  /** Phished credentials used from a new device in another country, then a cash-out. */
  ACCOUNT_TAKEOVER(true),
  /** An attacker in the victim's country, on the victim's ISP, browser and OS, new device. */
  TARGETED_TAKEOVER(true),
  /** A stolen session cookie (same device id and browser) replayed from the attacker's network. */
  SESSION_HIJACK(true),
  /** The phone number ported: password reset and MFA re-enrolment by SMS, then a withdrawal. */
  SIM_SWAP(true),
  /** Malware on the victim's own device fires many withdrawals within an hour or two. */
  WITHDRAWAL_BURST(false),
  /** Small withdrawals every few days to a new address, under every amount threshold. */
  SLOW_DRAIN(false),
  /** A sign-in from far away within hours of the owner's own activity. */
  IMPOSSIBLE_TRAVEL(true);

  private final boolean takeover;

  Actor(boolean takeover) {
    this.takeover = takeover;
  }

  public boolean attack() {
    return this != LEGITIMATE;
  }

  /** Whether the attack starts by taking over the account from the attacker's own client. */
  public boolean takeover() {
    return takeover;
  }
}
