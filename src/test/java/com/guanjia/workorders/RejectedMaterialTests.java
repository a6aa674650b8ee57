package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 19 (R3.4). Seed 001 3.4(5):
 * "如果材料由住戶提供，應先對材料進行檢驗，如質量能滿足住戶要求，可進行維修，如不能滿足住戶要求， 應向業主說明，征得業主意見，并在《客戶請修流程單》上注明" — a
 * material rejected at inspection is not listed as used; it is shown apart with why, and
 * no code (RESIDENT, REJECTED) appears on the Chinese page.
 */
@GuanjiaTest
class RejectedMaterialTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Test
	void aRejectedMaterialIsNotListedAsUsedAndNoCodeIsShown() throws Exception {
		long community = fixtures.community("翠湖居").id();
		long unit = fixtures.unit(community, fixtures.building(community, "2").id(), "1", "201", "90.00").id();
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		StaffUser technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		WorkOrderView o = orders.repair(agent, community, unit, "SANITARY", true);
		Fixtures.as(agent,
				() -> workflow.dispatch(o.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> {
			workflow.accept(o.ref());
			workflow.arrive(o.ref());
			workflow.addMaterial(o.ref(), new WorkOrderCommands.Material("三角阀", BigDecimal.ONE, MaterialSource.RESIDENT,
					false, "阀体有裂纹，已向业主说明"));
			return workflow.addMaterial(o.ref(),
					new WorkOrderCommands.Material("水龙头", BigDecimal.ONE, MaterialSource.RESIDENT, true, null));
		});
		String html = mvc.perform(get("/work-orders/" + o.id()).with(user(agent)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String used = html.substring(html.indexOf("id=\"materials-used\""));
		used = used.substring(0, used.indexOf("</ul>"));
		assertThat(used).contains("水龙头").doesNotContain("三角阀");
		// What the page shows, its text without the markup (option values are codes).
		String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
		assertThat(text).contains("三角阀 × 1：检验不合格，未使用（阀体有裂纹，已向业主说明）")
			.doesNotContain("REJECTED")
			.doesNotContain("RESIDENT");
	}

}
