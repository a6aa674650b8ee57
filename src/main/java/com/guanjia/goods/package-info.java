/**
 * Goods release passes (物品放行条, R10.2; seeds 002, 003): goods leaving the estate — a
 * household moving out, a shop clearing stock, renovation workers carrying things away —
 * need a pass the desk writes after the unit's owner has confirmed it (the owner at the
 * desk, a call recorded with who and when, or the owner's signature); a tenant or a
 * worker cannot release goods on their own word. The pass lists what leaves, the plate
 * and the time it is valid; the guard at the gate checks it by number or QR code and
 * releases the goods once, or records the refusal. A used pass is filed in the unit's
 * archive. It uses estate (units), residents (owners and tenants) and archive (filing the
 * pass) and announces what happened in {@link com.guanjia.goods.GoodsEvents}.
 * <p>
 * Other modules use {@code GoodsPasses} with {@code RequestPass}, {@code GoodsItem},
 * {@code RequesterKind}, {@code OwnerConsent} and {@code ConsentMethod} (the demo writes
 * passes).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "archive :: api", "estate :: api", "platform", "residents :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.goods;
