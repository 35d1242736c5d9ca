package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IpIntelligence}. Subclasses provide an implementation that knows {@link
 * #KNOWN_IP} as {@link #knownFacts()} (a German address in AS3320, for instance).
 */
public abstract class IpIntelligenceContract {
  protected static final String KNOWN_IP = "198.51.100.10";

  protected abstract IpIntelligence intelligence();

  protected abstract IpFacts knownFacts();

  @Test
  void returnsTheFactsOfAKnownAddress() {
    assertThat(intelligence().lookup(KNOWN_IP)).isEqualTo(knownFacts());
  }

  @Test
  void returnsUnknownForAbsentMalformedAndUnlistedAddresses() {
    var ip = intelligence();
    assertThat(ip.lookup(null)).isEqualTo(IpFacts.UNKNOWN);
    assertThat(ip.lookup("")).isEqualTo(IpFacts.UNKNOWN);
    assertThat(ip.lookup("not-an-ip")).isEqualTo(IpFacts.UNKNOWN);
    assertThat(ip.lookup("2001:db8::dead")).isEqualTo(IpFacts.UNKNOWN);
  }

  @Test
  void answersTheSameForTheSameAddress() {
    assertThat(intelligence().lookup(KNOWN_IP)).isEqualTo(intelligence().lookup(KNOWN_IP));
  }
}
