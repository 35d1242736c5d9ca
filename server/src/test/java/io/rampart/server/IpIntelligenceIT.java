package io.rampart.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The IP intelligence the server offers its risk integration, in the shared test context. */
class IpIntelligenceIT extends ServerTestBase {
  @Autowired IpIntelligence intelligence;

  @Test
  void offersThePortWithNoDataAsAnHonestUnknown() {
    // The test data directory holds no IP data: every address is unknown until it is fetched.
    assertThat(intelligence.lookup("198.51.100.10")).isEqualTo(IpFacts.UNKNOWN);
    assertThat(intelligence.lookup("not an address")).isEqualTo(IpFacts.UNKNOWN);
  }

  @Test
  void exposesReloadMetricsForPrometheus() {
    ApiClient.Reply reply = api.get("/actuator/prometheus").send();

    assertThat(reply.body())
        .contains("rampart_ip_data_reloads_total{outcome=\"refused\"}")
        .contains("rampart_ip_lookup_errors_total");
  }
}
