package io.rampart.ipintel;

import io.rampart.ipintel.internal.FileStamp;
import io.rampart.ipintel.internal.IpData;
import io.rampart.ipintel.internal.IpDataLoader;
import io.rampart.risk.IpAddress;
import io.rampart.risk.IpFacts;
import io.rampart.risk.IpIntelligence;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link IpIntelligence} from files: country, autonomous system and location from MaxMind DB files
 * (ip-location-db's or MaxMind's) or ip-location-db's AS CSV, and anonymising, hosting and
 * known-bad lists. With no files at all it answers {@link IpFacts#UNKNOWN} for every address.
 *
 * <p>A country without a city database is placed at the country's reference point, so distances
 * between countries are still known. Addresses of local networks (private, loopback, link-local;
 * see {@code LocalNetworks}) are never placed: only the lists apply to them.
 *
 * <p>{@link #reloadIfChanged} swaps in new data atomically: a lookup sees the old set or the new
 * one, never a mix, and a set that fails to load is refused whole while the old one stays in use.
 * Lookups are thread-safe and never block on a reload.
 */
public final class FileIpIntelligence implements IpIntelligence {
  private final IpDataSettings settings;
  private final LongAdder lookupErrors;
  private volatile Loaded current;
  private List<FileStamp> lastAttempt;

  private record Loaded(IpData data, IpDataStatus status) {}

  private FileIpIntelligence(
      IpDataSettings settings, List<FileStamp> stamps, Loaded loaded, LongAdder lookupErrors) {
    this.settings = settings;
    this.lookupErrors = lookupErrors;
    this.lastAttempt = stamps;
    this.current = loaded;
  }

  /** Reads the files {@code settings} name; refused if any of them is missing or bad. */
  public static IpDataLoad open(IpDataSettings settings) {
    Objects.requireNonNull(settings, "settings");
    List<FileStamp> stamps = IpDataLoader.resolve(settings);
    var errors = new LongAdder();
    return switch (IpDataLoader.load(stamps, errors)) {
      case IpDataLoader.Result.Loaded(IpData data, IpDataStatus status) ->
          new IpDataLoad.Loaded(
              new FileIpIntelligence(settings, stamps, new Loaded(data, status), errors));
      case IpDataLoader.Result.Refused(List<String> problems) -> new IpDataLoad.Refused(problems);
    };
  }

  @Override
  public IpFacts lookup(String ip) {
    return details(ip).facts();
  }

  /**
   * The facts of {@code ip} and the name of its AS; {@link IpDetails#UNKNOWN} if not an address.
   */
  public IpDetails details(String ip) {
    IpAddress address = IpAddress.parse(ip);
    return address == null ? IpDetails.UNKNOWN : current.data().details(address);
  }

  /** The files in use. */
  public IpDataStatus status() {
    return current.status();
  }

  /** Database reads that failed since start (each answered as if the database knew nothing). */
  public long lookupErrors() {
    return lookupErrors.sum();
  }

  /**
   * Loads the files again if any was added, removed or changed since the last attempt (whether that
   * attempt was loaded or refused). Reloads run one at a time.
   */
  public synchronized IpDataReload reloadIfChanged() {
    List<FileStamp> stamps = IpDataLoader.resolve(settings);
    if (stamps.equals(lastAttempt)) {
      return new IpDataReload.Unchanged();
    }
    lastAttempt = stamps;
    return switch (IpDataLoader.load(stamps, lookupErrors)) {
      case IpDataLoader.Result.Loaded(IpData data, IpDataStatus status) -> {
        current = new Loaded(data, status);
        yield new IpDataReload.Reloaded(status);
      }
      case IpDataLoader.Result.Refused(List<String> problems) -> new IpDataReload.Refused(problems);
    };
  }
}
