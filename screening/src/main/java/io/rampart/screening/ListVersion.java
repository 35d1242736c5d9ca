package io.rampart.screening;

import java.time.Instant;
import java.util.Objects;

/**
 * Which version of a list is in force.
 *
 * @param list the list's name
 * @param version the list's own date or version where its format has one (the UN list's generation
 *     time), else the content digest
 * @param digest SHA-256 of its documents, first 16 hex digits: changes whenever any byte does
 * @param entries how many entries it holds
 * @param loadedAt when this version was loaded
 */
public record ListVersion(
    String list, String version, String digest, int entries, Instant loadedAt) {
  public ListVersion {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(loadedAt, "loadedAt");
  }
}
