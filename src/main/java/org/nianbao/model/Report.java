package org.nianbao.model;

import java.util.List;
import java.util.Map;

/**
 * One extracted report: the whole canonical model of one input PDF.
 *
 * @param tableRoles table id → the template table it was read as ({@code activeDisclosure},
 *     {@code applications}, {@code reviewsAndLawsuits}); tables without a role are absent
 */
public record Report(
    String schemaVersion,
    SourceInfo source,
    ReportInfo report,
    List<PageInfo> pages,
    List<Section> sections,
    List<Table> tables,
    Data data,
    Map<String, Provenance> provenance,
    List<Check> checks,
    List<Warning> warnings,
    Map<String, String> tableRoles) {

  public static final String SCHEMA_VERSION = "1";

  /** The same report with {@code source.file} set to {@code file}. */
  public Report withSourceFile(String file) {
    if (source == null || java.util.Objects.equals(source.file(), file)) {
      return this;
    }
    return new Report(schemaVersion, new SourceInfo(file, source.sha256(), source.pageCount()),
        report, pages, sections, tables, data, provenance, checks, warnings, tableRoles);
  }

  public Report {
    pages = List.copyOf(pages);
    sections = List.copyOf(sections);
    tables = List.copyOf(tables);
    provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
    checks = List.copyOf(checks);
    warnings = List.copyOf(warnings);
    tableRoles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tableRoles));
  }

  /** Number of checks that did not pass. */
  public long failedCheckCount() {
    return checks.stream().filter(c -> !c.passed()).count();
  }
}
