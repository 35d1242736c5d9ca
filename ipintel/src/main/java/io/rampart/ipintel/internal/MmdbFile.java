package io.rampart.ipintel.internal;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.InvalidNetworkException;
import com.maxmind.db.Metadata;
import com.maxmind.db.Reader;
import io.rampart.risk.IpAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One MaxMind DB file, memory-mapped: lookups read the mapping, so the file's size costs address
 * space, not heap. Decoded records are cached by their place in the file (most networks share a few
 * thousand distinct records). Thread-safe.
 *
 * <p>The mapping outlives the file's name: replacing the file by renaming a new one over it (as
 * {@code scripts/fetch-ip-data.sh} does) leaves this reader on the old data until the next reload.
 * Writing into the file in place would change data under the reader.
 */
public final class MmdbFile {
  private final Path path;
  private final Reader reader;
  private final Metadata metadata;

  private MmdbFile(Path path, Reader reader) {
    this.path = path;
    this.reader = reader;
    this.metadata = reader.getMetadata();
  }

  /**
   * Opens and maps the file, reading its metadata.
   *
   * @throws IOException if the file cannot be read or is not a MaxMind DB
   */
  public static MmdbFile open(Path path) throws IOException {
    return new MmdbFile(
        path, new Reader(path.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache()));
  }

  /**
   * The record for {@code ip}, or {@code null} if the file has none (or holds only IPv4 and the
   * address is IPv6).
   *
   * @throws IOException if the data is corrupt
   */
  public <T> T get(IpAddress ip, InetAddress address, Class<T> type) throws IOException {
    if (!ip.v4() && metadata.ipVersion() == 4) {
      return null;
    }
    return reader.get(address, type);
  }

  /**
   * The records of the first {@code max} networks in the file, to check at load that the file is
   * the kind of database it is configured as.
   *
   * @throws IOException if they do not decode as {@code type}
   */
  public <T> List<T> firstRecords(Class<T> type, int max) throws IOException {
    List<T> records = new ArrayList<>();
    try {
      var networks = reader.networks(type);
      while (records.size() < max && networks.hasNext()) {
        DatabaseRecord<T> record = networks.next();
        if (record.data() != null) {
          records.add(record.data());
        }
      }
    } catch (InvalidNetworkException | RuntimeException e) {
      throw new IOException(e.getMessage(), e);
    }
    return records;
  }

  public Path path() {
    return path;
  }

  /** What the file says of itself, such as "MaxMind DB 'GeoLite2-City', IPv6, built 2026-06-17". */
  public String describe() {
    LocalDate built = LocalDate.ofInstant(metadata.buildTime(), ZoneOffset.UTC);
    return "MaxMind DB '"
        + metadata.databaseType()
        + "', IPv"
        + metadata.ipVersion()
        + ", built "
        + built;
  }
}
