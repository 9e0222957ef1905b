/** Output: the report model as JSON (Jackson), and crash-safe file writing. */
package org.nianbao.emit;
