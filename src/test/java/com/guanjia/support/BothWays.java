package com.guanjia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Objects;
import java.util.function.Supplier;

import com.guanjia.platform.security.StaffUser;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A cross-community check run both ways (issue 15 item 6): the same request by staff of
 * the record's own community, who must get it, and by the same role in another community,
 * who must be refused. A refusal checked alone passes for a renamed route or a broken
 * page just as well (404 is 404); the request that succeeds proves the URL is real. After
 * a refused write the record is read again and must be unchanged; after the allowed one
 * it must have changed.
 * <p>
 * Requests are suppliers because a MockMvc request builder is used once.
 *
 * <pre>
 * BothWays.of(mvc, agentA, agentB).read(() -&gt; get("/api/reception-records/{id}", id), "钱女士");
 * BothWays.of(mvc, agentA, agentB).write(() -&gt; post("/desk/records/{id}/archive", id), () -&gt; status(id));
 * </pre>
 */
public final class BothWays {

	private final MockMvc mvc;

	private final StaffUser own;

	private final StaffUser stranger;

	private BothWays(MockMvc mvc, StaffUser own, StaffUser stranger) {
		this.mvc = mvc;
		this.own = own;
		this.stranger = stranger;
	}

	/**
	 * {@code own} works in the record's community; {@code stranger} has the same rights
	 * in another one.
	 */
	public static BothWays of(MockMvc mvc, StaffUser own, StaffUser stranger) {
		return new BothWays(mvc, own, stranger);
	}

	/**
	 * A record found by id: the stranger gets 404 and a body without {@code shows}; the
	 * record's own staff get 200 and a body with it. Returns the own staff's body.
	 */
	public String read(Supplier<MockHttpServletRequestBuilder> request, String shows) {
		return read(request, shows, 404);
	}

	/**
	 * A request that names the other community (a list, a new record): the stranger gets
	 * 403, the own staff 200 with {@code shows}.
	 */
	public String readNamingTheCommunity(Supplier<MockHttpServletRequestBuilder> request, String shows) {
		return read(request, shows, 403);
	}

	private String read(Supplier<MockHttpServletRequestBuilder> request, String shows, int refusal) {
		MockHttpServletResponse refused = perform(request.get(), stranger);
		assertThat(refused.getStatus()).as("%s by staff of another community", describe(request)).isEqualTo(refusal);
		assertThat(body(refused)).as("what the refusal shows").doesNotContain(shows);
		MockHttpServletResponse allowed = perform(request.get(), own);
		assertThat(allowed.getStatus()).as("%s by staff of the record's community", describe(request)).isEqualTo(200);
		String body = body(allowed);
		assertThat(body).as("%s shows the record", describe(request)).contains(shows);
		return body;
	}

	/**
	 * A write: the stranger is refused with 404 and {@code reread} returns what it did
	 * before; the own staff's same request succeeds (2xx, or a redirect after a form) and
	 * {@code reread} changes.
	 */
	public <T> void write(Supplier<MockHttpServletRequestBuilder> request, Supplier<T> reread) {
		write(request, reread, 404);
	}

	/**
	 * {@link #write} where the refusal is {@code refusal} (403 for a request naming the
	 * community).
	 */
	public <T> void write(Supplier<MockHttpServletRequestBuilder> request, Supplier<T> reread, int refusal) {
		T before = reread.get();
		MockHttpServletResponse refused = perform(request.get(), stranger);
		assertThat(refused.getStatus()).as("%s by staff of another community", describe(request)).isEqualTo(refusal);
		assertThat(reread.get()).as("the record after the refused %s", describe(request)).isEqualTo(before);
		MockHttpServletResponse allowed = perform(request.get(), own);
		assertThat(allowed.getStatus())
			.as("%s by staff of the record's community: %s", describe(request), body(allowed))
			.isBetween(200, 399);
		assertThat(Objects.equals(reread.get(), before))
			.as("the record changed after the allowed %s", describe(request))
			.isFalse();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, StaffUser who) {
		try {
			return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(Supplier<MockHttpServletRequestBuilder> request) {
		var r = request.get().buildRequest(new org.springframework.mock.web.MockServletContext());
		return r.getMethod() + " " + r.getRequestURI();
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
