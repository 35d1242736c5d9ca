package io.rampart.ipintel.internal;

import com.maxmind.db.MaxMindDbParameter;

/**
 * A record of MaxMind's GeoIP2 Anonymous IP database. Public only because the MaxMind DB reader
 * instantiates it by reflection.
 */
public record AnonymousIpRecord(
    @MaxMindDbParameter(name = "is_anonymous") Boolean anonymous,
    @MaxMindDbParameter(name = "is_anonymous_vpn") Boolean anonymousVpn,
    @MaxMindDbParameter(name = "is_hosting_provider") Boolean hostingProvider,
    @MaxMindDbParameter(name = "is_public_proxy") Boolean publicProxy,
    @MaxMindDbParameter(name = "is_residential_proxy") Boolean residentialProxy,
    @MaxMindDbParameter(name = "is_tor_exit_node") Boolean torExitNode) {

  /** A VPN, a proxy, a Tor exit or any other anonymiser. */
  public boolean anonymiser() {
    return isTrue(anonymous)
        || isTrue(anonymousVpn)
        || isTrue(publicProxy)
        || isTrue(residentialProxy)
        || isTrue(torExitNode);
  }

  public boolean hosting() {
    return isTrue(hostingProvider);
  }

  /** Whether the record says anything this reader understands. */
  boolean hasFlags() {
    return anonymous != null
        || anonymousVpn != null
        || hostingProvider != null
        || publicProxy != null
        || residentialProxy != null
        || torExitNode != null;
  }

  private static boolean isTrue(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }
}
