package io.rampart.risk;

/** What happened to an address-book entry or to the whitelist. */
public enum AddressChangeKind {
  ADDED,
  REMOVED,
  WHITELISTED,
  UNWHITELISTED,
  WHITELIST_ENABLED,
  WHITELIST_DISABLED
}
