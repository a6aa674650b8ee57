/**
 * Staff and access: accounts with roles, departments as data, which communities each
 * member works for, form login with throttling, bearer tokens for API clients, and the
 * implementation of the platform's {@link com.guanjia.platform.security.CommunityScope}.
 * <p>
 * Other modules use {@code StaffManagement} with {@code StaffView} and
 * {@code DepartmentView} (who works where and in which department: workorders,
 * inspections, notifications), {@code StaffCommand} (the demo's staff) and the events in
 * {@code AccessEvents}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "estate :: api", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.access;
