/**
 * The audit trail: who changed what and when, appended, never edited.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.audit;
