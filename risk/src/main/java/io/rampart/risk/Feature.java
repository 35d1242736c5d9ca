package io.rampart.risk;

/**
 * A sign-in feature whose values are counted per account and globally, in two hierarchies from
 * coarse to fine: country, ASN, IP; operating system, browser, user agent.
 */
public enum Feature {
  COUNTRY,
  ASN,
  IP,
  OS,
  BROWSER,
  USER_AGENT
}
