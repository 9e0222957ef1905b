package org.nianbao.model;

/**
 * One page as classified and read.
 *
 * @param number 1-based page number
 * @param rotation clockwise rotation (0/90/180/270) applied to read the page upright
 * @param skewDegrees measured skew of the page content (0 for text-layer pages)
 */
public record PageInfo(
    int number, PageKind kind, TextSource textSource, int rotation, double skewDegrees) {}
