package io.rampart.server.modulerules.kernel;

import java.net.http.HttpClient;

/** A kernel class that breaks the rules: it uses the JDK's HTTP client. */
public final class KernelFixture {
  private KernelFixture() {}

  public static HttpClient client() {
    return HttpClient.newHttpClient();
  }
}
