package com.guanjia.workorders;

import java.math.BigDecimal;

/** A line of the community's paid-service price list (特约服务收费标准). */
public record PriceItemView(String code, String name, String unit, BigDecimal price, boolean active) {
}
