/**
 * Meters and readings (R7): unit and public water, electricity and gas meters, monthly
 * readings by hand or from a spreadsheet, base readings confirmed at move-in, and
 * abnormal readings held back from billing for engineering to re-check. Billing reads the
 * billable consumption through {@link com.guanjia.meters.MeterReadings#billable}.
 * <p>
 * Other modules use {@code MeterReadings} with {@code Consumption} and {@code MeterKind}
 * (billing's billable consumption), {@code MeterManagement} with {@code MeterSettings}
 * (billing's settings page shows the reading checks; movein confirms the base readings at
 * a house acceptance, with {@code ReadingView}) and the events in {@code MeterEvents}
 * (workorders turns a held reading into a re-check); the demo registers a meter and
 * records readings with {@code MeterCommand} and {@code ReadingCommand}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "estate :: api", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.meters;
