package io.planscope.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for web tests: raw and multipart uploads with or without the token. */
final class UploadClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String token;

  UploadClient(int port, String token) {
    this.port = port;
    this.token = token;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> sendBytes(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(request(path).GET().build());
  }

  HttpResponse<String> delete(String path) throws Exception {
    return send(request(path).DELETE().build());
  }

  HttpResponse<String> raw(String filename, String contentType, byte[] body) throws Exception {
    return send(request("/api/documents?filename=" + java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build());
  }

  /** Multipart with one part per entry: field name "file", the key as file name. */
  HttpResponse<String> multipart(Map<String, byte[]> files) throws Exception {
    return multipart("/api/documents", files);
  }

  /** The same, to another address (with query parameters). */
  HttpResponse<String> multipart(String path, Map<String, byte[]> files) throws Exception {
    String boundary = "----planscope" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build());
  }
}
