package io.rampart.server;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for integration tests: real requests over the JDK client, JSON parsed with a
 * plain mapper. Cookies are never stored implicitly; tests pass them explicitly.
 */
public final class ApiClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final String base;

  public ApiClient(String base) {
    this(base, null);
  }

  /**
   * A client whose connections leave from {@code localAddress} (say {@code 127.0.2.23}: any address
   * in 127.0.0.0/8 works on the loopback interface), so the server sees that source IP.
   *
   * @param localAddress the source address, or {@code null} for the system's choice
   */
  public ApiClient(String base, java.net.InetAddress localAddress) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
    if (localAddress != null) {
      builder.localAddress(localAddress);
    }
    this.http = builder.build();
    this.base = base;
  }

  /** A response with its body parsed as JSON where it is JSON. */
  public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().getFirst())
          .orElse(null);
    }

    public java.util.List<String> headers(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(Map.Entry::getValue)
          .orElse(java.util.List.of());
    }

    public String contentType() {
      return header("Content-Type");
    }

    /** The value of a {@code Set-Cookie} with this name, or {@code null}. */
    public String setCookie(String name) {
      return headers("Set-Cookie").stream()
          .filter(c -> c.startsWith(name + "="))
          .findFirst()
          .orElse(null);
    }

    public String code() {
      return json().path("code").asString();
    }
  }

  /** A request under construction. */
  public final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Call json(String text) {
      headers.putIfAbsent("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
      return this;
    }

    public Call json(Object value) {
      return json(JSON.writeValueAsString(value));
    }

    public Call body(String contentType, String text) {
      headers.put("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
      return this;
    }

    /** Sends the body without a declared length, so it goes chunked. */
    public Call chunked(String contentType, byte[] bytes) {
      headers.put("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
      return this;
    }

    public Reply send() {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, body);
      headers.forEach(request::header);
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers().map(), response.body());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call put(String path) {
    return new Call("PUT", path);
  }

  public Call delete(String path) {
    return new Call("DELETE", path);
  }

  public Call method(String method, String path) {
    return new Call(method, path);
  }
}
