package org.nianbao.load;

import org.nianbao.model.BBox;

/** One visual line of text on a page, in the upright page frame. */
public record TextLine(int page, String text, BBox bbox, float fontSize, boolean bold) {}
