package io.rampart.server.modulerules.audit;

import io.rampart.server.modulerules.identity.IdentityFixture;
import io.rampart.server.modulerules.kernel.KernelFixture;

/** An audit class that uses the kernel (allowed) and identity (not declared). */
public final class AuditFixture {
  private AuditFixture() {}

  public static String describe() {
    return KernelFixture.class.getSimpleName() + IdentityFixture.name();
  }
}
