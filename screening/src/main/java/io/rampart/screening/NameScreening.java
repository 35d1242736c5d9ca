package io.rampart.screening;

import java.util.List;

/**
 * The answer to a name screening.
 *
 * @param hits entries scoring at least {@code threshold}, best first
 * @param threshold the score a hit needed
 * @param lists every list in force, with its version: what the name was screened against
 */
public record NameScreening(List<NameHit> hits, double threshold, List<ListVersion> lists) {
  public NameScreening {
    hits = List.copyOf(hits);
    lists = List.copyOf(lists);
  }
}
