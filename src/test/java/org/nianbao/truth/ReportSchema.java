package org.nianbao.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The JSON Schema shipped in models/schema, for validating output in tests. */
public final class ReportSchema {
  private static final JsonSchema SCHEMA = load();

  private ReportSchema() {}

  private static JsonSchema load() {
    try (InputStream in = Files.newInputStream(Path.of("models/schema/report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validation errors, one per line; empty when the document is valid. */
  public static String errors(JsonNode doc) {
    Set<ValidationMessage> errors = SCHEMA.validate(doc);
    return errors.stream().map(ValidationMessage::getMessage).sorted()
        .collect(Collectors.joining("\n"));
  }
}
