package com.guanjia.workorders;

import static com.guanjia.workorders.WorkOrderKind.COMPLAINT;
import static com.guanjia.workorders.WorkOrderKind.ENQUIRY;
import static com.guanjia.workorders.WorkOrderKind.HANDOVER_DEFECT;
import static com.guanjia.workorders.WorkOrderKind.HELP;
import static com.guanjia.workorders.WorkOrderKind.IN_UNIT_REPAIR;
import static com.guanjia.workorders.WorkOrderKind.PATROL_FINDING;
import static com.guanjia.workorders.WorkOrderKind.PUBLIC_REPAIR;
import static com.guanjia.workorders.WorkOrderKind.SUGGESTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Which kinds of work order are worked in a public place and which are visited again,
 * written out by hand (not read from the kinds' profiles): R3.6 (seed 001 3.5.1: public
 * facilities are assigned by the engineering head or a shift lead), R11.3 (patrol
 * findings), R5.1 (every repair gets a return visit) and R4.5 (complaint return visits
 * 100%).
 */
class WorkOrderKindTests {

	static final Set<WorkOrderKind> PUBLIC_PLACE = EnumSet.of(PUBLIC_REPAIR, PATROL_FINDING);

	static final Set<WorkOrderKind> VISITED_AGAIN = EnumSet.of(IN_UNIT_REPAIR, PUBLIC_REPAIR, COMPLAINT,
			HANDOVER_DEFECT);

	@Test
	void r3_6_publicFacilityRepairsAndPatrolFindingsAreInAPublicPlace() {
		for (WorkOrderKind kind : WorkOrderKind.values()) {
			assertThat(kind.inPublicPlace()).as(kind.name()).isEqualTo(PUBLIC_PLACE.contains(kind));
		}
	}

	@Test
	void r5_1_r4_5_repairsAndComplaintsAreVisitedAgainEnquiriesAndHelpAreNot() {
		for (WorkOrderKind kind : WorkOrderKind.values()) {
			assertThat(kind.returnVisit()).as(kind.name()).isEqualTo(VISITED_AGAIN.contains(kind));
		}
		assertThat(EnumSet.of(HELP, ENQUIRY, SUGGESTION, PATROL_FINDING)).noneMatch(WorkOrderKind::returnVisit);
	}

	/** Every kind is named on the pages in Chinese and English (its own bundle key). */
	@Test
	void everyKindIsNamedInBothLanguages() throws Exception {
		for (String bundle : new String[] { "i18n/workorders.properties", "i18n/workorders_en.properties" }) {
			Properties labels = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (WorkOrderKind kind : WorkOrderKind.values()) {
				assertThat(labels.getProperty(kind.messageKey())).as(bundle + " " + kind).isNotBlank();
			}
		}
	}

}
