package org.nianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A small Chrome DevTools Protocol client for tests: starts headless Chromium, opens one page
 * (a flattened target session) and sends commands over Java 17's {@link WebSocket}. Only what
 * the review page test needs: navigate, evaluate, real mouse clicks, typing, screenshots,
 * downloads.
 */
final class Cdp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private String session;

  /** The chromium binary on PATH, or null. */
  static Path findChromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private Cdp(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  static Cdp start(Path chromium, Path profile, int width, int height) throws Exception {
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        "--no-first-run", "--hide-scrollbars", "--window-size=" + width + "," + height,
        "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(
        new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    String ws = null;
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String line;
    while (ws == null && System.nanoTime() < deadline && (line = err.readLine()) != null) {
      int at = line.indexOf("DevTools listening on ");
      if (at >= 0) {
        ws = line.substring(at + "DevTools listening on ".length()).strip();
      }
    }
    if (ws == null) {
      p.destroyForcibly();
      throw new IOException("chromium did not print its DevTools address");
    }
    Thread drain = new Thread(() -> {
      try {
        while (err.readLine() != null) {
          // chromium's own log lines: read so the pipe never fills
        }
      } catch (IOException e) {
        // process gone
      }
    }, "chromium-stderr");
    drain.setDaemon(true);
    drain.start();

    Cdp[] self = new Cdp[1];
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(TIMEOUT)
        .buildAsync(URI.create(ws), new WebSocket.Listener() {
          private final StringBuilder text = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
              String message = text.toString();
              text.setLength(0);
              self[0].received(message);
            }
            w.request(1);
            return null;
          }
        }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    Cdp cdp = new Cdp(p, socket);
    self[0] = cdp;
    JsonNode target = cdp.browser("Target.createTarget", Map.of("url", "about:blank"));
    JsonNode attached = cdp.browser("Target.attachToTarget",
        Map.of("targetId", target.path("targetId").asText(), "flatten", true));
    cdp.session = attached.path("sessionId").asText();
    cdp.send("Page.enable", Map.of());
    cdp.send("Runtime.enable", Map.of());
    cdp.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", false));
    return cdp;
  }

  private void received(String message) {
    try {
      JsonNode n = JSON.readTree(message);
      if (n.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
        if (f != null) {
          if (n.has("error")) {
            f.completeExceptionally(new IOException("CDP error: " + n.get("error")));
          } else {
            f.complete(n.path("result"));
          }
        }
      } else {
        synchronized (events) {
          events.add(n);
          events.notifyAll();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode call(String method, Object params, String sessionId) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id);
    m.put("method", method);
    m.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      m.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(m), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  JsonNode browser(String method, Object params) throws Exception {
    return call(method, params, null);
  }

  JsonNode send(String method, Object params) throws Exception {
    return call(method, params, session);
  }

  /** Waits for an event of this page's session matching the predicate, seen since the last call. */
  JsonNode await(String method, Predicate<JsonNode> match) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (true) {
        for (int i = 0; i < events.size(); i++) {
          JsonNode e = events.get(i);
          if (e.path("method").asText().equals(method) && match.test(e.path("params"))) {
            events.subList(0, i + 1).clear();
            return e.path("params");
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IOException("no " + method + " event within " + TIMEOUT);
        }
        events.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  void clearEvents() {
    synchronized (events) {
      events.clear();
    }
  }

  /** Opens the URL and waits for its load event. */
  void open(String url) throws Exception {
    clearEvents();
    send("Page.navigate", Map.of("url", url));
    await("Page.loadEventFired", e -> true);
  }

  /** The value of a JavaScript expression (JSON-serialisable), promises awaited. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression,
        "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A real left click at viewport coordinates (CSS pixels). */
  void click(double x, double y) throws Exception {
    send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y,
        "button", "left", "clickCount", 1));
    send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y,
        "button", "left", "clickCount", 1));
  }

  /** Types text into the focused element as keyboard input would. */
  void type(String text) throws Exception {
    send("Input.insertText", Map.of("text", text));
  }

  void screenshot(Path png) throws Exception {
    JsonNode r = send("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(r.path("data").asText()));
  }

  /** Downloads land in {@code dir} under their own names, with progress events. */
  void allowDownloads(Path dir) throws Exception {
    Files.createDirectories(dir);
    browser("Browser.setDownloadBehavior", Map.of("behavior", "allow",
        "downloadPath", dir.toAbsolutePath().toString(), "eventsEnabled", true));
  }

  @Override
  public void close() {
    try {
      browser("Browser.close", Map.of());
    } catch (Exception e) {
      // closing anyway
    }
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
