package io.rampart.server.screening;

import io.rampart.screening.ListDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A list document fetched over HTTP(S) at every load, following redirects, within a time-out. Any
 * status but 200 is a failure, which refuses the list's load (its version in force stays). The
 * location reported is the URL without user information or query, which could hold a credential.
 */
final class UrlDocument implements ListDocument {
  private final URI uri;
  private final String name;
  private final HttpClient client;
  private final Duration timeout;

  UrlDocument(URI uri, HttpClient client, Duration timeout) {
    this.uri = uri;
    this.client = client;
    this.timeout = timeout;
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    this.name = last.isEmpty() ? uri.getHost() : last;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public InputStream open() throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IOException("HTTP status " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public String location() {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
        + (uri.getPath() == null ? "" : uri.getPath());
  }

  @Override
  public String toString() {
    return "UrlDocument[" + location() + "]";
  }
}
