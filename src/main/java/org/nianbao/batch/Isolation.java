package org.nianbao.batch;

/**
 * Where a batch extracts its documents.
 *
 * <ul>
 *   <li>{@link #PROCESS}: in worker processes (JVMs of the same classes, one document at a time
 *       each, kept between documents so the OCR and image libraries load once per worker). A
 *       document over its time limit has its worker killed, which stops a parser loop or a
 *       native call that a thread could not; a worker that dies (out of memory, a crash in a
 *       native library) fails that document alone; either way a fresh worker takes the next one.
 *   <li>{@link #THREAD}: on threads of the calling JVM. A document over its time limit is
 *       abandoned, but a call stuck in native code or a tight loop keeps its core busy until it
 *       returns or the JVM exits. For library users with their own {@link DocumentExtractor},
 *       and for streaming.
 * </ul>
 */
public enum Isolation {
  PROCESS,
  THREAD
}
