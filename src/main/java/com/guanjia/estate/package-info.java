/**
 * The estate registry (R1.1, R1.2): communities (项目/小区), buildings (楼栋), units (房屋, also
 * shops) and parking spaces (车位). The root package holds the module's services and,
 * marked {@code @NamedInterface("api")}, its API; {@code web} holds its pages and JSON
 * resources.
 * <p>
 * Other modules use {@code CommunityDirectory} (a community's name, zone and the caller's
 * scope), {@code UnitManagement} with {@code UnitView}, {@code UnitState} and
 * {@code UnitId}, {@code ReferenceCheck} with {@code Reference} and
 * {@code RegistryRecord} (a unit is checked live before another module refers to it,
 * decision 0014), {@code UnitBulkImport} (imports), {@code ParkingManagement} (billing),
 * {@code HandoverGuard} (implemented by movein) and the events in {@code EstateEvents}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.estate;
