/** Small shared helpers of the implementation; not part of the public API. */
package org.nianbao.internal;
