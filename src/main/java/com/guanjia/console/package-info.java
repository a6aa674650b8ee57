/**
 * The console's frame: the home page, the navigation bar with the community switcher, and
 * the language switch. It reads other modules' APIs and owns no data.
 * <p>
 * No other module uses it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "estate :: api", "platform" })
@org.jspecify.annotations.NullMarked
package com.guanjia.console;
