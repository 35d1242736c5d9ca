package io.rampart.server.risk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.kernel.ReasonCode;
import io.rampart.risk.RiskEvent;
import io.rampart.server.risk.json.RiskEventJsonBatch.Accepted;
import io.rampart.server.risk.json.RiskEventJsonBatch.Format;
import io.rampart.server.risk.json.RiskEventJsonBatch.Item;
import io.rampart.server.risk.json.RiskEventJsonBatch.Refused;
import io.rampart.server.risk.json.RiskEventJsonBatch.Stopped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RiskEventJsonBatchTest {
  private static final RiskEventJson JSON = new RiskEventJson();

  @Nested
  class Ndjson {
    @Test
    void readsOneEventPerLineSkippingBlankLinesAndCarriageReturns() {
      String batch = "\n" + event("a") + "\r\n   \n" + event("b") + "\r\n\t\r\n" + event("c");
      assertThat(describe(read(batch, Format.NDJSON, 10)))
          .containsExactly("0@2 a", "1@4 b", "2@6 c");
    }

    @Test
    void refusesABadLineWithItsNumberAndGoesOn() {
      String batch =
          String.join(
              "\n",
              event("a"),
              "{\"type\": \"sign_in_attempt\", oops",
              "[1, 2]",
              event("b").replace("true", "\"yes\""),
              event("c"),
              "");
      assertThat(describe(read(batch, Format.NDJSON, 10)))
          .containsExactly(
              "0@1 a",
              "1@2 REQ_MALFORMED_BODY",
              "2@3 REQ_MALFORMED_BODY",
              "3@4 success REQ_INVALID_FIELD",
              "4@5 c");
    }

    @Test
    void refusesALineLongerThanAnEventMayBeAndReadsTheNextOne() {
      String huge = "{\"pad\": \"" + "x".repeat(3 * RiskEventJson.MAX_EVENT_BYTES) + "\"}";
      String batch = event("a") + "\n" + huge + "\n" + event("b") + "\n";
      assertThat(describe(read(batch, Format.NDJSON, 10)))
          .containsExactly("0@1 a", "1@2 REQ_BODY_TOO_LARGE", "2@3 b");
    }

    @Test
    void readsLinesAcrossTheStreamsChunksIntact() {
      var batch = new StringBuilder();
      var expected = new ArrayList<String>();
      for (int i = 0; i < 5000; i++) {
        batch.append(event("evt-" + i)).append('\n');
        expected.add(i + "@" + (i + 1) + " evt-" + i);
      }
      assertThat(batch.length()).isGreaterThan(4 * 64 * 1024);
      assertThat(describe(read(batch.toString(), Format.NDJSON, 10_000)))
          .containsExactlyElementsOf(expected);
    }

    @Test
    void stopsBeforeTheFirstEventOverTheLimitWithoutReadingTheRest() {
      InputStream endless = new Repeating(event("x") + "\n");
      try (var batch = JSON.batch(endless, Format.NDJSON, 1000)) {
        List<Item> items = new ArrayList<>();
        batch.forEachRemaining(items::add);
        assertThat(items).hasSize(1001);
        assertThat(items.getLast())
            .isInstanceOfSatisfying(
                Stopped.class,
                s -> {
                  assertThat(s.index()).isEqualTo(1000);
                  assertThat(s.line()).isEqualTo(1001);
                  assertThat(s.problem().code()).isEqualTo(ReasonCode.REQ_BODY_TOO_LARGE);
                });
        assertThat(batch.hasNext()).isFalse();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Nested
  class Array {
    @Test
    void readsTheElementsWithTheirIndexAndLine() {
      String batch = "[\n" + event("a") + ",\n" + event("b") + "\n]\n";
      assertThat(describe(read(batch, Format.ARRAY, 10))).containsExactly("0@2 a", "1@3 b");
    }

    @Test
    void readsAnEmptyArrayAsNoEvents() {
      assertThat(read(" [ ] ", Format.ARRAY, 10)).isEmpty();
    }

    @Test
    void refusesAnElementThatIsNotAValidEventAndGoesOn() {
      String batch =
          "["
              + event("a")
              + ", 7, ["
              + event("x")
              + "], "
              + event("b").replace("\"eventId\":\"b\",", "")
              + "]";
      var items = describe(read(batch, Format.ARRAY, 10));
      assertThat(items)
          .containsExactly(
              "0@1 a",
              "1@1 REQ_MALFORMED_BODY",
              "2@1 REQ_MALFORMED_BODY",
              "3@1 " + "eventId REQ_MISSING_FIELD");
    }

    @Test
    void stopsWhereTheArrayStopsBeingJson() {
      String batch = "[\n" + event("a") + ",\n{\"type\": oops},\n" + event("b") + "]";
      assertThat(describe(read(batch, Format.ARRAY, 10)))
          .containsExactly("0@2 a", "stopped 1@3 REQ_MALFORMED_BODY");
    }

    @Test
    void stopsOnAnUnterminatedArrayTrailingContentOrANonArray() {
      assertThat(describe(read("[" + event("a"), Format.ARRAY, 10)))
          .containsExactly("0@1 a", "stopped 1@1 REQ_MALFORMED_BODY");
      assertThat(describe(read("[" + event("a") + "] []", Format.ARRAY, 10)))
          .containsExactly("0@1 a", "stopped 1@1 REQ_MALFORMED_BODY");
      assertThat(describe(read(event("a"), Format.ARRAY, 10)))
          .containsExactly("stopped 0@1 REQ_MALFORMED_BODY");
      assertThat(describe(read("", Format.ARRAY, 10)))
          .containsExactly("stopped 0@1 REQ_MALFORMED_BODY");
    }

    @Test
    void stopsBeforeTheFirstEventOverTheLimit() {
      String batch = "[" + event("a") + "," + event("b") + "," + event("c") + "]";
      assertThat(describe(read(batch, Format.ARRAY, 2)))
          .containsExactly("0@1 a", "1@1 b", "stopped 2@1 REQ_BODY_TOO_LARGE");
    }

    @Test
    void stopsOnAStringLongerThanTheReaderHolds() {
      String huge = "\"" + "x".repeat(RiskEventJson.MAX_EVENT_BYTES + 1) + "\"";
      String batch = "[" + event("a") + ", {\"userAgent\": " + huge + "}]";
      assertThat(describe(read(batch, Format.ARRAY, 10)))
          .containsExactly("0@1 a", "stopped 1@1 REQ_BODY_TOO_LARGE");
    }
  }

  @Nested
  class Detection {
    @Test
    void takesABracketAfterWhiteSpaceOrAByteOrderMarkAsAnArray() {
      assertThat(describe(detected(" \n\t[" + event("a") + "]"))).containsExactly("0@2 a");
      assertThat(describe(detected("\uFEFF[" + event("a") + "]"))).containsExactly("0@1 a");
    }

    @Test
    void takesAnythingElseAsNdjson() {
      assertThat(describe(detected("\n" + event("a") + "\n" + event("b"))))
          .containsExactly("0@2 a", "1@3 b");
      assertThat(describe(detected(""))).isEmpty();
    }

    private List<Item> detected(String text) {
      try (var batch =
          JSON.batch(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10)) {
        var items = new ArrayList<Item>();
        batch.forEachRemaining(items::add);
        return items;
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static List<Item> read(String text, Format format, int maxEvents) {
    try (var batch =
        JSON.batch(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, maxEvents)) {
      var items = new ArrayList<Item>();
      batch.forEachRemaining(items::add);
      return items;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Each item as "index@line" and the event id, or its first problem. */
  private static List<String> describe(List<Item> items) {
    return items.stream()
        .map(
            item ->
                switch (item) {
                  case Accepted a -> a.index() + "@" + a.line() + " " + a.event().eventId();
                  case Refused r ->
                      r.index()
                          + "@"
                          + r.line()
                          + " "
                          + (r.problems().getFirst().field() == null
                              ? ""
                              : r.problems().getFirst().field() + " ")
                          + r.problems().getFirst().code();
                  case Stopped s ->
                      "stopped " + s.index() + "@" + s.line() + " " + s.problem().code();
                })
        .toList();
  }

  private static String event(String id) {
    return new RiskEventJson()
        .write(
            new RiskEvent.SignInAttempt(
                id,
                new io.rampart.risk.SubjectId("user-1"),
                java.time.Instant.parse("2026-11-25T08:15:02Z"),
                true,
                "198.51.100.10",
                null,
                "d-1",
                false));
  }

  /** An endless stream of one line repeated. */
  private static final class Repeating extends InputStream {
    private final byte[] line;
    private int at;

    Repeating(String line) {
      this.line = line.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      int b = line[at];
      at = (at + 1) % line.length;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }
  }
}
