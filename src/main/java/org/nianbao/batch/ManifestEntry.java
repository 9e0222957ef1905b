package org.nianbao.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.nianbao.ErrorCode;

/**
 * One line of {@code _manifest.jsonl}: the outcome of one input in one run.
 *
 * @param path absolute, normalised input path (the key: the latest line per path wins)
 * @param output output file name inside the output folder (for a duplicate: the first input's
 *     output); null when failed
 * @param size input size in bytes
 * @param sha256 input content hash; null when it could not be read
 * @param errorCode null unless failed
 * @param pages page count, null when unknown
 * @param duplicateOf for a duplicate, the path of the input whose output it shares
 */
public record ManifestEntry(
    String path,
    String output,
    long size,
    String sha256,
    DocumentStatus status,
    ErrorCode errorCode,
    String message,
    Integer pages,
    double seconds,
    String toolVersion,
    Instant timestamp,
    String duplicateOf) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public ManifestEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /** This entry as it reads back from its line (seconds are written to the millisecond). */
  ManifestEntry withSecondsRounded() {
    return new ManifestEntry(path, output, size, sha256, status, errorCode, message, pages,
        Math.round(seconds * 1000) / 1000.0, toolVersion, timestamp, duplicateOf);
  }

  /** One line of JSON, keys in a fixed order, without the newline. */
  public String toJsonLine() {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("path", path);
    n.put("output", output);
    n.put("size", size);
    n.put("sha256", sha256);
    n.put("status", status.id());
    n.put("errorCode", errorCode == null ? null : errorCode.name());
    n.put("message", message);
    if (pages == null) {
      n.putNull("pages");
    } else {
      n.put("pages", pages);
    }
    n.put("seconds", withSecondsRounded().seconds);
    n.put("toolVersion", toolVersion);
    n.put("timestamp", timestamp.toString());
    n.put("duplicateOf", duplicateOf);
    try {
      return MAPPER.writeValueAsString(n);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /** Parses a line; throws IllegalArgumentException for anything that is not a whole entry. */
  public static ManifestEntry parse(String line) {
    try {
      JsonNode n = MAPPER.readTree(line);
      if (n == null || !n.isObject() || !n.hasNonNull("path") || !n.hasNonNull("status")) {
        throw new IllegalArgumentException("not a manifest entry");
      }
      return new ManifestEntry(
          n.get("path").asText(),
          text(n, "output"),
          n.path("size").asLong(),
          text(n, "sha256"),
          DocumentStatus.fromId(n.get("status").asText()),
          n.hasNonNull("errorCode") ? ErrorCode.valueOf(n.get("errorCode").asText()) : null,
          text(n, "message"),
          n.hasNonNull("pages") ? n.get("pages").asInt() : null,
          n.path("seconds").asDouble(),
          n.path("toolVersion").asText("?"),
          Instant.parse(n.path("timestamp").asText()),
          text(n, "duplicateOf"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("bad manifest line: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }
}
