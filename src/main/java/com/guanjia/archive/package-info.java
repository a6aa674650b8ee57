/**
 * The archive of a unit: its events log (单元大事记, R1.5) — filled from estate and residents
 * events and by staff — and its documents (业户档案, R1.4): ID copies, contracts, move-in
 * notices, custody agreements. Both are append-only. The unit page shows them as the
 * panel {@code /units/{id}/log}.
 * <p>
 * It listens to estate and residents events. Other modules use {@code UnitDocuments} with
 * {@code DocumentFiling}, {@code DocumentType}, {@code DocumentView} and
 * {@code ArchiveSectionView} (movein files a procedure's papers and forms, and checks
 * each unit's current section for what it lacks).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "estate :: api", "platform", "residents :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.archive;
