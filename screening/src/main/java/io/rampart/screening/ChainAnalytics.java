package io.rampart.screening;

/**
 * A blockchain-analytics provider's view of an address, asked beside the sanctions lists: exposure
 * to mixers, darknet markets, stolen funds and the like, which lists do not name. An exchange plugs
 * in its provider here; {@link StaticChainAnalytics} is a built-in one that answers from a
 * configured file.
 *
 * <p>Contract: {@link #assess} MUST NOT return {@code null} and MUST NOT throw: a provider that
 * cannot answer returns {@link AnalyticsAnswer.Unavailable}. It receives the address in its
 * compared form (lower case where the network ignores case) and the asset as the caller gave it,
 * upper-cased, or {@code null}. Implementations MUST be thread-safe and SHOULD answer within a few
 * hundred milliseconds, since address screening waits for them.
 */
public interface ChainAnalytics {
  /** No provider: every answer is {@link AnalyticsAnswer#NOT_CONFIGURED}. */
  ChainAnalytics NONE = (asset, address) -> AnalyticsAnswer.NOT_CONFIGURED;

  AnalyticsAnswer assess(String asset, String address);
}
