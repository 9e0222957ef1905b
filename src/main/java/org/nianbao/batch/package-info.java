/**
 * Batch runs over folders of PDFs: a bounded parallel runner with per-document time and page
 * limits, a crash-safe run manifest ({@code _manifest.jsonl}) that makes runs resumable, and a
 * {@code summary.csv} rebuilt from all outputs. No CLI code here: the CLI wires {@link
 * org.nianbao.batch.BatchRunner} into {@code nianbao extract}.
 */
package org.nianbao.batch;
