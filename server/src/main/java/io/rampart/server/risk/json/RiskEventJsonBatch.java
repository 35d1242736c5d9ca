package io.rampart.server.risk.json;

import io.rampart.kernel.ReasonCode;
import io.rampart.risk.EventCheck;
import io.rampart.risk.RiskEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A batch of events read one at a time from a stream, as a JSON array or as NDJSON (one object per
 * line, blank lines ignored): memory stays bounded by one event whatever the batch's length. Each
 * {@link Item} is an event read, or one refused with its problems while the rest go on; a batch
 * that cannot be read further ends with {@link Stopped}. Not thread-safe.
 *
 * <p>An NDJSON line that is not JSON refuses that line only; a JSON array that is not well-formed
 * stops the batch where it breaks (what follows cannot be delimited). More than {@code maxEvents}
 * events stop the batch before the first one too many. Reading failures of the stream itself are
 * thrown as {@link UncheckedIOException}.
 */
public final class RiskEventJsonBatch implements Iterator<RiskEventJsonBatch.Item>, Closeable {

  /** How the events are laid out. */
  public enum Format {
    /** One JSON array of event objects. */
    ARRAY,
    /** Newline-delimited JSON: one event object per line. */
    NDJSON
  }

  /**
   * One entry of the batch: {@code index} counts entries from 0, {@code line} is the line (from 1)
   * where the entry starts.
   */
  public sealed interface Item {
    int index();

    long line();
  }

  /** A valid event. */
  public record Accepted(int index, long line, RiskEvent event) implements Item {}

  /** An entry that is not a valid event; the batch goes on. */
  public record Refused(int index, long line, List<EventCheck.Problem> problems) implements Item {
    public Refused {
      problems = List.copyOf(problems);
    }
  }

  /** Nothing more can be read; {@code index} is the entry that could not be. Always last. */
  public record Stopped(int index, long line, EventCheck.Problem problem) implements Item {}

  private static final int CHUNK = 64 * 1024;

  private final RiskEventJson json;
  private final InputStream in;
  private final Format format;
  private final int maxEvents;
  private JsonParser arrayParser;
  private Item next;
  private boolean finished;
  private int index;

  // NDJSON: a chunk of the stream and the current line
  private final byte[] chunk;
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;

  RiskEventJsonBatch(RiskEventJson json, InputStream in, Format format, int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be positive");
    }
    this.json = json;
    this.in = in;
    this.format = format;
    this.maxEvents = maxEvents;
    this.chunk = format == Format.NDJSON ? new byte[CHUNK] : null;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = format == Format.ARRAY ? nextFromArray() : nextFromLines();
      finished = next == null || next instanceof Stopped;
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  @Override
  public void close() throws IOException {
    finished = true;
    if (arrayParser != null) {
      arrayParser.close();
    }
    in.close();
  }

  private Item nextFromArray() {
    long line = 1;
    try {
      if (arrayParser == null) {
        arrayParser = json.parser(in);
        JsonToken first = arrayParser.nextToken();
        if (first != JsonToken.START_ARRAY) {
          return stopped(
              arrayParser.currentTokenLocation().getLineNr(),
              "A batch sent as JSON must be an array of event objects.");
        }
      }
      JsonToken token = arrayParser.nextToken();
      line = Math.max(1, arrayParser.currentTokenLocation().getLineNr());
      if (token == JsonToken.END_ARRAY) {
        return arrayParser.nextToken() == null
            ? null
            : stopped(line, "Nothing may follow the batch's closing bracket.");
      }
      if (token == null) {
        return stopped(line, "The batch ends before its closing bracket.");
      }
      if (index >= maxEvents) {
        return tooMany(line);
      }
      if (token != JsonToken.START_OBJECT) {
        arrayParser.skipChildren();
        return new Refused(index++, line, List.of(notAnObject()));
      }
      EventCheck check = RiskEventJsonReader.readObject(arrayParser);
      return item(index++, line, check);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      return new Stopped(index, line, RiskEventJson.unreadable(e));
    }
  }

  private Item nextFromLines() {
    while (readLine()) {
      boolean tooLarge = lineLength > RiskEventJson.MAX_EVENT_BYTES;
      if (!tooLarge && blank()) {
        continue;
      }
      if (index >= maxEvents) {
        return tooMany(lineNumber);
      }
      if (tooLarge) {
        return new Refused(index++, lineNumber, List.of(RiskEventJson.tooLarge()));
      }
      return item(index++, lineNumber, json.read(line, lineLength));
    }
    return null;
  }

  private static Item item(int index, long line, EventCheck check) {
    return switch (check) {
      case EventCheck.Valid valid -> new Accepted(index, line, valid.event());
      case EventCheck.Invalid invalid -> new Refused(index, line, invalid.problems());
    };
  }

  /**
   * Reads the next line into {@link #line}, keeping at most one byte more than an event may have
   * (the rest of a longer line is skipped). Returns false at the end of the stream.
   */
  private boolean readLine() {
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        if (any) {
          lineNumber++;
        }
        return any;
      }
      any = true;
      int start = chunkPos;
      int newline = -1;
      for (int i = start; i < chunkEnd; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? chunkEnd : newline;
      keep(start, end - start);
      chunkPos = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        lineNumber++;
        return true;
      }
    }
  }

  private void keep(int from, int length) {
    int room = RiskEventJson.MAX_EVENT_BYTES + 1 - lineLength;
    int kept = Math.min(room, length);
    if (kept <= 0) {
      return;
    }
    if (lineLength + kept > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + kept, line.length * 2));
    }
    System.arraycopy(chunk, from, line, lineLength, kept);
    lineLength += kept;
  }

  private boolean fill() {
    try {
      int n = in.read(chunk);
      if (n <= 0) {
        return false;
      }
      chunkPos = 0;
      chunkEnd = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean blank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private Stopped tooMany(long line) {
    return new Stopped(
        index,
        line,
        new EventCheck.Problem(
            null,
            ReasonCode.REQ_BODY_TOO_LARGE,
            "A batch holds at most " + maxEvents + " events."));
  }

  private Stopped stopped(long line, String message) {
    return new Stopped(
        index, line, new EventCheck.Problem(null, ReasonCode.REQ_MALFORMED_BODY, message));
  }

  private static EventCheck.Problem notAnObject() {
    return new EventCheck.Problem(
        null, ReasonCode.REQ_MALFORMED_BODY, "Each event must be a JSON object.");
  }
}
