package io.rampart.ipintel;

import java.util.List;

/** The outcome of looking for new IP data. */
public sealed interface IpDataReload {
  /** No file was added, removed or changed since the last attempt. */
  record Unchanged() implements IpDataReload {}

  /** The new data is in use from now on. */
  record Reloaded(IpDataStatus status) implements IpDataReload {}

  /**
   * The new files were refused and the data in use stays; the same files are not tried again until
   * one of them changes.
   */
  record Refused(List<String> problems) implements IpDataReload {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
