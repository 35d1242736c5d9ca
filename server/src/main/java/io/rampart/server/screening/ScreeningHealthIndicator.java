package io.rampart.server.screening;

import io.rampart.screening.ListVersion;
import io.rampart.screening.ReloadReport;
import io.rampart.screening.Screening;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code screening} component of {@code /actuator/health}: whether this node can screen, which
 * sanctions lists are in force (name, version, entries, when loaded) and how the last reload ended.
 *
 * <ul>
 *   <li>{@code UP}: at least one list is in force. A list the last reload refused is named under
 *       {@code lastReload.refused}; its previous version, if it had one, stays in force.
 *   <li>{@code DOWN}: lists are configured but none is in force, so every screening answers 503
 *       {@code SCR_LISTS_UNAVAILABLE} and callers must treat parties as not yet screened.
 *   <li>{@code UNKNOWN}: no list is configured (a node that does not screen).
 * </ul>
 *
 * <p>A refused list's problems are counted, not quoted: they can quote the list's documents and
 * paths; the reload API and the log give them in full. Thread-safe: it reads the index in force and
 * the last reload's record, both swapped whole.
 */
public final class ScreeningHealthIndicator implements HealthIndicator {
  private final Screening screening;
  private final boolean configured;
  private final Supplier<Optional<ScreeningReloads.LastReload>> lastReload;

  public ScreeningHealthIndicator(
      Screening screening,
      boolean configured,
      Supplier<Optional<ScreeningReloads.LastReload>> lastReload) {
    this.screening = screening;
    this.configured = configured;
    this.lastReload = lastReload;
  }

  public ScreeningHealthIndicator(
      Screening screening, ScreeningSources sources, ScreeningReloads reloads) {
    this(screening, sources.configured(), reloads::lastReload);
  }

  @Override
  public Health health() {
    List<ListVersion> inForce = screening.lists();
    Health.Builder health;
    if (!inForce.isEmpty()) health = Health.up();
    else if (configured) health = Health.down();
    else health = Health.unknown().withDetail("reason", "no sanctions list is configured");
    List<Map<String, Object>> lists = new ArrayList<>();
    for (ListVersion v : inForce) {
      Map<String, Object> list = new LinkedHashMap<>();
      list.put("name", v.list());
      list.put("version", v.version());
      list.put("entries", v.entries());
      list.put("loadedAt", v.loadedAt().toString());
      lists.add(list);
    }
    health.withDetail("lists", lists);
    lastReload.get().ifPresent(last -> health.withDetail("lastReload", describe(last)));
    return health.build();
  }

  private static Map<String, Object> describe(ScreeningReloads.LastReload last) {
    Map<String, Object> reload = new LinkedHashMap<>();
    reload.put("at", last.at().toString());
    if (last.report() == null) {
      reload.put("outcome", "failed");
      reload.put("failure", last.failure());
      return reload;
    }
    ReloadReport report = last.report();
    reload.put("outcome", report.anyRefused() ? "refused" : "completed");
    List<String> loaded = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<Map<String, Object>> refused = new ArrayList<>();
    for (ReloadReport.ListReport list : report.lists()) {
      switch (list) {
        case ReloadReport.Loaded l -> loaded.add(l.list());
        case ReloadReport.Unchanged u -> unchanged.add(u.list());
        case ReloadReport.Dropped d -> dropped.add(d.list());
        case ReloadReport.Refused r -> {
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("name", r.list());
          one.put("problems", r.problems().size());
          if (r.inForce() != null) one.put("inForce", r.inForce().version());
          refused.add(one);
        }
      }
    }
    reload.put("loaded", loaded);
    reload.put("unchanged", unchanged);
    reload.put("refused", refused);
    reload.put("dropped", dropped);
    return reload;
  }
}
