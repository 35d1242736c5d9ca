package io.rampart.screening;

import java.util.Objects;

/** What a blockchain-analytics provider says about an address. */
public sealed interface AnalyticsAnswer {
  /** No provider is configured. */
  AnalyticsAnswer NOT_CONFIGURED = new NotConfigured();

  record NotConfigured() implements AnalyticsAnswer {}

  /** The provider knows nothing about the address. */
  record Unknown(String provider) implements AnalyticsAnswer {
    public Unknown {
      Objects.requireNonNull(provider, "provider");
    }
  }

  /**
   * The provider rates the address.
   *
   * @param risk 0 (no known risk) to 100 (certain exposure to illicit funds)
   * @param category the provider's category, such as {@code mixer}, {@code darknet market}
   */
  record Rated(String provider, int risk, String category) implements AnalyticsAnswer {
    public Rated {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(category, "category");
      if (risk < 0 || risk > 100) throw new IllegalArgumentException("risk is 0 to 100");
    }
  }

  /** The provider could not be asked (outage, time-out); the lists were still checked. */
  record Unavailable(String provider, String detail) implements AnalyticsAnswer {
    public Unavailable {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
