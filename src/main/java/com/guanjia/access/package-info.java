/**
 * Staff and access: accounts with roles, departments as data, which communities each
 * member works for, form login with throttling, bearer tokens for API clients, and the
 * implementation of the platform's {@link com.guanjia.platform.security.CommunityScope}.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.access;
