/**
 * Pages and API endpoints of the com.guanjia.movein module, internal to it: thin
 * controllers over its services.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.movein.web;
