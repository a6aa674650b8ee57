package com.guanjia.movein;

/** A work order made from a defect: its id and number. */
record WorkOrderRef(long id, String number) {
}
