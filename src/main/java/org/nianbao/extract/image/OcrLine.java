package org.nianbao.extract.image;

import org.nianbao.model.BBox;

/**
 * One text line read by OCR outside any table (title, headings, narrative).
 *
 * @param bbox in PDF points on the upright page, origin top-left
 * @param confidence 0..1
 * @param heightPoints line height in points (headings are taller than body text)
 */
public record OcrLine(String text, BBox bbox, double confidence, float heightPoints) {}
