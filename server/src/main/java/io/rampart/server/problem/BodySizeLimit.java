package io.rampart.server.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@link #MAX_BYTES} ({@link #MAX_BATCH_BYTES} for a batch of risk
 * events): at once when the declared length is too large, and by counting the bytes read when the
 * body is chunked or its length is not declared.
 */
public final class BodySizeLimit extends OncePerRequestFilter {
  public static final int MAX_BYTES = 64 * 1024;
  public static final int MAX_BATCH_BYTES = 4 * 1024 * 1024;
  static final String BATCH_PATH = "/api/v1/risk/events";

  private final ProblemResponder responder;

  public BodySizeLimit(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int limit = BATCH_PATH.equals(request.getRequestURI()) ? MAX_BATCH_BYTES : MAX_BYTES;
    if (request.getContentLengthLong() > limit) {
      responder.write(request, response, ApiExceptionHandler.BodyProblems.tooLarge());
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** Thrown from the body stream once more than the limit has been read. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(int limit) {
      super("request body exceeds " + limit + " bytes");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final int limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, int limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) stream = new Counting(super.getInputStream(), limit);
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final int limit;
    private long count;

    Counting(ServletInputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) add(1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) add(n);
      return n;
    }

    private void add(int n) throws BodyTooLargeException {
      count += n;
      if (count > limit) throw new BodyTooLargeException(limit);
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
