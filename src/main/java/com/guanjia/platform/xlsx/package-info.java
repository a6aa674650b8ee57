/**
 * Excel export of any list (Apache POI).
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.xlsx;
