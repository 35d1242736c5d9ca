package io.rampart.risk;

class InMemoryIpIntelligenceTest extends IpIntelligenceContract {
  private final InMemoryIpIntelligence intelligence =
      new InMemoryIpIntelligence().with(KNOWN_IP, RiskFixture.BERLIN);

  @Override
  protected IpIntelligence intelligence() {
    return intelligence;
  }

  @Override
  protected IpFacts knownFacts() {
    return RiskFixture.BERLIN;
  }
}
