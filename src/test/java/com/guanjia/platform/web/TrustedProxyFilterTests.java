package com.guanjia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The client's address and scheme behind proxies (issue 9 items 8 and 12, decision of
 * issue 10): {@code X-Forwarded-*} headers count only when the peer is a configured
 * trusted proxy.
 */
class TrustedProxyFilterTests {

	final TrustedProxyFilter filter = new TrustedProxyFilter(List.of("192.0.2.10", "10.1.0.0/16"));

	@Test
	void anUntrustedPeerCannotNameItsOwnAddressOrScheme() throws Exception {
		HttpServletRequest seen = filter(request("203.0.113.9", "198.51.100.1", "https"));
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.isSecure()).isFalse();
		assertThat(seen.getScheme()).isEqualTo("http");
	}

	@Test
	void withoutTrustedProxiesNothingForwardedCounts() throws Exception {
		TrustedProxyFilter none = new TrustedProxyFilter(List.of());
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		none.doFilter(request("127.0.0.1", "198.51.100.1", "https"), new MockHttpServletResponse(),
				(req, res) -> seen.set((HttpServletRequest) req));
		assertThat(seen.get().getRemoteAddr()).isEqualTo("127.0.0.1");
		assertThat(seen.get().isSecure()).isFalse();
	}

	@Test
	void aTrustedProxyTellsTheClientAndTheScheme() throws Exception {
		HttpServletRequest seen = filter(request("192.0.2.10", "198.51.100.1", "https"));
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.1");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
	}

	@Test
	void theClientIsTheNearestUntrustedAddressReadFromTheRight() throws Exception {
		// The client wrote "1.1.1.1" itself; the proxies appended the real hops.
		HttpServletRequest seen = filter(request("192.0.2.10", "1.1.1.1, 198.51.100.1, 10.1.4.4", "http"));
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.1");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void aMalformedHopStopsTheWalk() throws Exception {
		HttpServletRequest seen = filter(request("192.0.2.10", "198.51.100.1, evil.example.com", null));
		assertThat(seen.getRemoteAddr()).isEqualTo("192.0.2.10");
		assertThat(filter(request("192.0.2.10", "2001:db8::7", null)).getRemoteAddr()).isEqualTo("2001:db8::7");
	}

	HttpServletRequest filter(MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

	static MockHttpServletRequest request(String peer, String forwardedFor, String proto) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		return request;
	}

}
