/**
 * Web plumbing shared by every module: problem-details and page error handling, messages,
 * form errors, htmx helpers, the current community.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.web;
