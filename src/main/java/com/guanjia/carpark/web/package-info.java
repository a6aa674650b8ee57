/**
 * Pages and API endpoints of the com.guanjia.carpark module, internal to it: thin
 * controllers over its services.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.carpark.web;
