/**
 * The estate registry (R1.1, R1.2): communities (项目/小区), buildings (楼栋), units (房屋, also
 * shops) and parking spaces (车位). The root package is the module's API; {@code web} holds
 * its pages and JSON resources.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.estate;
