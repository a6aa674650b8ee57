/**
 * Security primitives every module uses: roles, permissions, the staff principal and the
 * community scope.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.security;
