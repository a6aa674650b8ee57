/** Pages and JSON resources of inspections, thin over the module's services. */
@org.jspecify.annotations.NullMarked
package com.guanjia.inspections.web;
