package com.guanjia.residents;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The residents, archive and search resources are described in the OpenAPI document
 * (issue 2 item 8).
 */
@GuanjiaTest
class ResidentsOpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheResources() throws Exception {
		// The document needs a login (issue 9 item 12); any staff member may read it.
		mvc.perform(get("/v3/api-docs").with(user(Fixtures.ROOT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/residents")))
			.andExpect(jsonPath("$.paths", hasKey("/api/residents/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/owners")))
			.andExpect(jsonPath("$.paths", hasKey("/api/tenants")))
			.andExpect(jsonPath("$.paths", hasKey("/api/household-members")))
			.andExpect(jsonPath("$.paths", hasKey("/api/vehicles")))
			.andExpect(jsonPath("$.paths", hasKey("/api/ownership-transfers")))
			.andExpect(jsonPath("$.paths", hasKey("/api/units/{id}/occupants")))
			.andExpect(jsonPath("$.paths", hasKey("/api/units/{unitId}/events")))
			.andExpect(jsonPath("$.paths", hasKey("/api/units/{unitId}/documents")))
			.andExpect(jsonPath("$.paths", hasKey("/api/search")));
	}

}
