package org.nianbao.classify;

import org.nianbao.model.PageKind;

/** A page's kind and OCR need, with a short human-readable reason. */
public record PageClass(PageKind kind, boolean needsOcr, String reason) {}
