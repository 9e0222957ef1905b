package org.nianbao.ocr;

import java.awt.Rectangle;

/** One word (or text line, for page reads) with its box in pixels and its confidence 0..1. */
public record OcrWord(String text, Rectangle box, double confidence) {}
