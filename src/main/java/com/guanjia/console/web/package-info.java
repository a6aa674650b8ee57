/**
 * The console's home page, the community switcher and the navigation bar's model.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.console.web;
