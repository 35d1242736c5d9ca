package io.rampart.screening;

import java.util.List;
import java.util.Objects;

/**
 * What a reload did, list by list, and how many recorded customers were screened again against what
 * changed.
 */
public record ReloadReport(List<ListReport> lists, Rescreening rescreening) {
  public ReloadReport {
    lists = List.copyOf(lists);
    Objects.requireNonNull(rescreening, "rescreening");
  }

  /** Whether any list was refused. */
  public boolean anyRefused() {
    return lists.stream().anyMatch(l -> l instanceof Refused);
  }

  /** One list's part of a reload. */
  public sealed interface ListReport {
    String list();
  }

  /**
   * A new version is in force.
   *
   * @param replaced the version it replaced, or {@code null} if there was none
   */
  public record Loaded(ListVersion version, ListVersion replaced) implements ListReport {
    public Loaded {
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String list() {
      return version.list();
    }
  }

  /** The documents are byte for byte the version in force. */
  public record Unchanged(ListVersion version) implements ListReport {
    public Unchanged {
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String list() {
      return version.list();
    }
  }

  /**
   * The documents could not be read as a list; nothing of them is in force.
   *
   * @param problems where and why, at most about twenty
   * @param inForce the version that stays in force, or {@code null} if none was loaded before
   */
  public record Refused(String list, List<String> problems, ListVersion inForce)
      implements ListReport {
    public Refused {
      Objects.requireNonNull(list, "list");
      problems = List.copyOf(problems);
    }
  }

  /** The list is no longer configured and is not in force any more. */
  public record Dropped(ListVersion version) implements ListReport {
    @Override
    public String list() {
      return version.list();
    }
  }

  /**
   * Recorded customers screened again after lists changed.
   *
   * @param changedEntries entries added or changed since customers were last screened
   * @param customers customers screened against them
   * @param alertsRaised new alerts
   * @param problem why rescreening stopped before the end, or {@code null} if it finished; the next
   *     reload starts it again
   */
  public record Rescreening(int changedEntries, int customers, int alertsRaised, String problem) {
    public static final Rescreening NONE = new Rescreening(0, 0, 0, null);
  }
}
