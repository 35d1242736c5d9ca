package io.rampart.risk;

/**
 * Where sign-in attempts come from, from fine to coarse: the client IP, its network (the /24 of an
 * IPv4 address, the /64 of an IPv6 one: what one subscriber, office or cloud host is usually
 * given), and its autonomous system.
 */
public enum SourceKind {
  IP,
  NETWORK,
  ASN
}
