package com.guanjia.goods;

import org.springframework.modulith.NamedInterface;

/** One line of what leaves: 双人床 ×1, 纸箱 ×12. */
@NamedInterface("api")
public record GoodsItem(String description, int quantity) {
}
