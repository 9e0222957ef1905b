package org.nianbao.model;

/**
 * Something the reader of the output should know.
 *
 * @param code stable upper-case code, e.g. LOW_CONFIDENCE, UNREADABLE_VALUE, MISSING_ROW
 * @param page 1-based page, or null when not tied to one
 */
public record Warning(String code, Integer page, String message) {}
