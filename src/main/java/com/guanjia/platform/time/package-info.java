/**
 * The injected Clock and time-zone helpers.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.time;
