package io.rampart.screening;

/**
 * How screening behaves. Validated on construction.
 *
 * @param threshold the score a name needs to be a hit, 0.5 to 1
 * @param maxHits the most hits one name screening returns, 1 to 100
 * @param maxNameLength the longest name accepted, in characters, 16 to 1,024
 * @param minRetainedShare a new version of a list holding fewer entries than this share of the
 *     version in force is refused as a probable truncation, 0 (never) to 1
 * @param reviewRisk the analytics risk (0 to 100) from which an unlisted address is HIGH_RISK
 * @param maxDocumentBytes the largest list document read, in bytes
 */
public record ScreeningSettings(
    double threshold,
    int maxHits,
    int maxNameLength,
    double minRetainedShare,
    int reviewRisk,
    long maxDocumentBytes) {

  public ScreeningSettings {
    if (!(threshold >= 0.5 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be between 0.5 and 1");
    }
    if (maxHits < 1 || maxHits > 100)
      throw new IllegalArgumentException("maxHits must be 1 to 100");
    if (maxNameLength < 16 || maxNameLength > 1024) {
      throw new IllegalArgumentException("maxNameLength must be 16 to 1024");
    }
    if (!(minRetainedShare >= 0 && minRetainedShare <= 1)) {
      throw new IllegalArgumentException("minRetainedShare must be between 0 and 1");
    }
    if (reviewRisk < 0 || reviewRisk > 100) {
      throw new IllegalArgumentException("reviewRisk must be 0 to 100");
    }
    if (maxDocumentBytes < 1024)
      throw new IllegalArgumentException("maxDocumentBytes must be at least 1024");
  }

  /** The defaults: see docs/screening.md for how the threshold was chosen. */
  public static ScreeningSettings defaults() {
    return new ScreeningSettings(DEFAULT_THRESHOLD, 20, 256, 0.5, 75, 256L * 1024 * 1024);
  }

  /** The default threshold, measured on the labelled set in docs/screening.md. */
  public static final double DEFAULT_THRESHOLD = 0.80;
}
