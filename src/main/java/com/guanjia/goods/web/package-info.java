/** The goods release pages (desk and gate) and their JSON resources. */
@org.jspecify.annotations.NullMarked
package com.guanjia.goods.web;
