package io.rampart.server.modulerules.identity;

import io.rampart.server.modulerules.audit.AuditFixture;

/** An identity class that uses audit, which identity declares. */
public final class IdentityFixture {
  private IdentityFixture() {}

  public static String name() {
    return "identity";
  }

  public static String audit() {
    return AuditFixture.class.getSimpleName();
  }
}
