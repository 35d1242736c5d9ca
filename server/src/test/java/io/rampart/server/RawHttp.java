package io.rampart.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a request exactly as written over a plain socket: for request lines the JDK client refuses
 * to send ({@code %zz} in the path, an encoded slash it would normalise) and for oversized headers.
 * Reads the whole answer until the server closes the connection.
 */
final class RawHttp {
  private static final int TIMEOUT_MILLIS = 30_000;

  private RawHttp() {}

  /** {@code GET target} with {@code extraHeaders} (each a complete "Name: value" line). */
  static ApiClient.Reply get(int port, String target, String... extraHeaders) {
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(target).append(" HTTP/1.1\r\n");
    request.append("Host: localhost:").append(port).append("\r\n");
    for (String header : extraHeaders) request.append(header).append("\r\n");
    request.append("Connection: close\r\n\r\n");
    return send(port, request.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  static ApiClient.Reply send(int port, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) bytes.write(buffer, 0, n);
    } catch (java.net.SocketException reset) {
      if (bytes.size() == 0) throw reset;
    }
    return bytes.toByteArray();
  }

  private static ApiClient.Reply parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) throw new IllegalStateException("no complete response head in: " + text);
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return new ApiClient.Reply(status, headers, text.substring(end + 4));
  }
}
