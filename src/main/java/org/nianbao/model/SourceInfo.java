package org.nianbao.model;

/** The input file: its name (not its path), content hash and page count. */
public record SourceInfo(String file, String sha256, int pageCount) {}
