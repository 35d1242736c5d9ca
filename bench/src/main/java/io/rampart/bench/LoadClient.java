package io.rampart.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * A load generator on one thread: kept-alive HTTP/1.1 connections to a server on loopback, all
 * driven by one selector, with requests as prepared bytes and responses read by {@code
 * Content-Length} (or chunks). One thread and no blocking calls per request keep its share of the
 * cores it shares with the server small; the harness measures that share.
 *
 * <p>A closed loop sends each connection's next request as soon as its answer has arrived. An open
 * loop makes calls due at a fixed rate whatever the server does; a call that finds no free
 * connection waits for one, and its latency counts from when it was due, so a stalled server cannot
 * hide its stall (no coordinated omission). Calls not sent within {@link #MAX_LAG} of being due are
 * given up and counted: the offered rate was beyond the server. Not thread-safe.
 */
final class LoadClient implements AutoCloseable {
  /** A call due longer ago than this without a free connection is given up. */
  static final long MAX_LAG = TimeUnit.SECONDS.toNanos(5);

  /** How long answers to calls sent before the end of a phase are waited for. */
  private static final long DRAIN = TimeUnit.SECONDS.toNanos(10);

  private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

  /**
   * What a phase did: answers {@code 200} and others, calls that failed (connection lost) or were
   * never sent, latency and how late calls were sent after being due (both in microseconds), how
   * long the phase lasted, and its latency second by second.
   */
  record Result(
      long ok,
      long other,
      long failed,
      long unsent,
      double seconds,
      Histogram latency,
      Histogram sendLag,
      List<Second> timeline) {
    double perSecond() {
      return ok / seconds;
    }
  }

  /**
   * The answered calls that were due within one second of a phase (sent, in a closed loop): when
   * the second began (epoch milliseconds), how many, their latency p50, p99 and maximum (in
   * microseconds), and when the slowest of them was due (epoch milliseconds), so that a stall can
   * be set beside a GC or database log.
   */
  record Second(
      long startMillis, long calls, long p50, long p99, long max, long slowestDueMillis) {}

  private final int port;
  private final Selector selector;
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private int inFlight;

  LoadClient(int port, int connections) throws IOException {
    this.port = port;
    this.selector = Selector.open();
    for (int i = 0; i < connections; i++) {
      idle.add(connect());
    }
  }

  /** Each connection sends its next request as soon as its last is answered. */
  Result closedLoop(long seconds, Supplier<byte[]> requests) throws IOException {
    return run(0, TimeUnit.SECONDS.toNanos(seconds), requests);
  }

  /** Calls are due at {@code perSecond}, evenly spaced, whatever the answers. */
  Result openLoop(double perSecond, long seconds, Supplier<byte[]> requests) throws IOException {
    return run(perSecond, TimeUnit.SECONDS.toNanos(seconds), requests);
  }

  private Result run(double perSecond, long duration, Supplier<byte[]> requests)
      throws IOException {
    Histogram latency = new Histogram(HIGHEST_MICROS, 3);
    Histogram lag = new Histogram(HIGHEST_MICROS, 3);
    Timeline timeline = new Timeline();
    long[] counts = new long[3];
    long start = System.nanoTime();
    timeline.begin(start);
    long end = start + duration;
    double interval = perSecond > 0 ? 1e9 / perSecond : 0;
    long sent = 0;
    long unsent = 0;
    long last = start;
    long total = interval > 0 ? (long) (duration / interval) : 0;
    while (true) {
      long now = System.nanoTime();
      if (interval == 0) {
        while (now < end && !idle.isEmpty()) {
          send(idle.poll(), requests.get(), now);
        }
      } else {
        long due = Math.min(total, (long) ((now - start) / interval) + 1);
        while (sent < due) {
          long dueAt = start + (long) (sent * interval);
          if (now - dueAt > MAX_LAG) {
            unsent++;
          } else if (!idle.isEmpty()) {
            send(idle.poll(), requests.get(), dueAt);
            lag.recordValue(Math.min(HIGHEST_MICROS, (now - dueAt) / 1_000));
          } else {
            break;
          }
          sent++;
        }
      }
      boolean issuing = interval == 0 ? now < end : sent < total;
      if (!issuing && (inFlight == 0 || now - end > DRAIN)) {
        counts[2] += inFlight;
        unsent += total - sent;
        if (inFlight > 0) {
          reconnectAll();
        }
        break;
      }
      long wait;
      if (issuing && interval > 0 && !idle.isEmpty()) {
        long nextDue = start + (long) (sent * interval);
        wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextDue - now));
      } else if (issuing) {
        wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - now));
      } else {
        wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(end + DRAIN - now));
      }
      selector.select(wait);
      Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
      while (keys.hasNext()) {
        SelectionKey key = keys.next();
        keys.remove();
        Connection c = (Connection) key.attachment();
        int status = c.ready(key);
        if (status != 0) {
          long done = System.nanoTime();
          last = Math.max(last, done);
          long micros = Math.min(HIGHEST_MICROS, (done - c.dueAt) / 1_000);
          latency.recordValue(micros);
          timeline.record(c.dueAt, micros);
          counts[status == 200 ? 0 : status < 0 ? 2 : 1]++;
          inFlight--;
          idle.add(c.reusable() ? c : connect(c));
        }
      }
    }
    double seconds = (Math.max(end, last) - start) / 1e9;
    return new Result(
        counts[0], counts[1], counts[2], unsent, seconds, latency, lag, timeline.seconds());
  }

  /** Latencies by the second their calls were due in. */
  private static final class Timeline {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private final List<Histogram> histograms = new ArrayList<>();
    private final List<long[]> slowest = new ArrayList<>();
    private long startNanos;
    private long startMillis;

    void begin(long nanos) {
      startNanos = nanos;
      startMillis = System.currentTimeMillis();
    }

    void record(long dueNanos, long micros) {
      int second = (int) Math.max(0, (dueNanos - startNanos) / SECOND);
      while (histograms.size() <= second) {
        histograms.add(new Histogram(HIGHEST_MICROS, 2));
        slowest.add(new long[] {-1, 0});
      }
      histograms.get(second).recordValue(micros);
      long[] worst = slowest.get(second);
      if (micros > worst[0]) {
        worst[0] = micros;
        worst[1] = startMillis + TimeUnit.NANOSECONDS.toMillis(dueNanos - startNanos);
      }
    }

    List<Second> seconds() {
      List<Second> seconds = new ArrayList<>(histograms.size());
      for (int i = 0; i < histograms.size(); i++) {
        Histogram h = histograms.get(i);
        seconds.add(
            new Second(
                startMillis + i * 1_000L,
                h.getTotalCount(),
                h.getValueAtPercentile(50),
                h.getValueAtPercentile(99),
                h.getMaxValue(),
                slowest.get(i)[1]));
      }
      return seconds;
    }
  }

  private void send(Connection c, byte[] request, long dueAt) {
    inFlight++;
    c.send(request, dueAt);
  }

  private Connection connect() throws IOException {
    SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    channel.configureBlocking(false);
    Connection c = new Connection(channel);
    c.key = channel.register(selector, 0, c);
    return c;
  }

  private Connection connect(Connection closed) throws IOException {
    closed.close();
    return connect();
  }

  private void reconnectAll() throws IOException {
    for (SelectionKey key : selector.keys()) {
      ((Connection) key.attachment()).close();
    }
    int count = idle.size() + inFlight;
    idle.clear();
    inFlight = 0;
    for (int i = 0; i < count; i++) {
      idle.add(connect());
    }
  }

  @Override
  public void close() throws IOException {
    for (SelectionKey key : selector.keys()) {
      ((Connection) key.attachment()).close();
    }
    selector.close();
  }

  /** One connection: the request being written, then the answer being read. */
  private static final class Connection {
    private final SocketChannel channel;
    private SelectionKey key;
    private ByteBuffer out;
    private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private long dueAt;
    private boolean closing;
    private boolean broken;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    void send(byte[] request, long dueAt) {
      this.dueAt = dueAt;
      out = ByteBuffer.wrap(request);
      in.clear();
      try {
        channel.write(out);
      } catch (IOException e) {
        broken = true;
      }
      key.interestOps(out.hasRemaining() && !broken ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
      if (broken) {
        key.selector().wakeup();
      }
    }

    /**
     * Moves the exchange on.
     *
     * @return the answer's status once it is complete, -1 if the connection broke, else 0
     */
    int ready(SelectionKey selected) {
      try {
        if (broken) {
          return -1;
        }
        if (selected.isWritable()) {
          channel.write(out);
          if (!out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_READ);
          }
          return 0;
        }
        if (!in.hasRemaining()) {
          in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
        }
        if (channel.read(in) < 0) {
          broken = true;
          return -1;
        }
        return complete();
      } catch (IOException e) {
        broken = true;
        return -1;
      }
    }

    /** The status of a complete answer in {@code in}, or 0 while more is to come. */
    private int complete() {
      byte[] bytes = in.array();
      int length = in.position();
      int headEnd = indexOf(bytes, length, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
      if (headEnd < 0) {
        return 0;
      }
      String head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1);
      int bodyStart = headEnd + 4;
      int contentLength = -1;
      boolean chunked = false;
      closing = false;
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          contentLength = Integer.parseInt(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
          chunked = value.equalsIgnoreCase("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
          closing = value.equalsIgnoreCase("close");
        }
      }
      boolean whole =
          chunked
              ? length - bodyStart >= 5
                  && indexOf(
                          bytes,
                          length,
                          "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                          length - 5)
                      == length - 5
              : length - bodyStart >= Math.max(0, contentLength);
      if (!whole) {
        return 0;
      }
      key.interestOps(0);
      return Integer.parseInt(head.substring(9, 12));
    }

    boolean reusable() {
      return !closing && !broken;
    }

    void close() {
      try {
        key.cancel();
        channel.close();
      } catch (IOException ignored) {
        // Closing a broken or finished connection: nothing more to do.
      }
    }

    private static int indexOf(byte[] bytes, int length, byte[] pattern, int from) {
      outer:
      for (int i = Math.max(0, from); i <= length - pattern.length; i++) {
        for (int j = 0; j < pattern.length; j++) {
          if (bytes[i + j] != pattern[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
