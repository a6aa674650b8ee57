/**
 * Arrears and dunning (R6.7): overdue units by age, the dunning ladder (reminder, demand
 * letter, home visit, legal referral) as data with every step recorded, the list of units
 * due for their next step, and restoring water and power once a unit has paid everything.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.arrears;
