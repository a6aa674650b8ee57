package com.guanjia.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address and scheme behind a reverse proxy (issue 9 items 8, 12, decision
 * of issue 10). {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only
 * when the request comes from a trusted proxy ({@code guanjia.web.trusted-proxies}: IP
 * addresses or CIDR ranges; none by default), so a client cannot pick its own address to
 * escape the login throttle. Behind trusted proxies the client is the nearest untrusted
 * address of the {@code X-Forwarded-For} chain, read from the right; the request is
 * secure when the first proxy says it was HTTPS (HSTS and {@code Secure} cookies follow
 * {@link HttpServletRequest#isSecure()}).
 */
public class TrustedProxyFilter extends OncePerRequestFilter {

	/** IPv4 or IPv6 literals only: a header value must never cause a DNS lookup. */
	private static final Pattern IP_LITERAL = Pattern
		.compile("(\\d{1,3}(\\.\\d{1,3}){3})|([0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}(%[\\w.]+)?)");

	private final List<IpAddressMatcher> trusted;

	public TrustedProxyFilter(List<String> trustedProxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String proxy : trustedProxies) {
			if (!proxy.isBlank()) {
				matchers.add(new IpAddressMatcher(proxy.strip()));
			}
		}
		this.trusted = List.copyOf(matchers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isTrusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		String client = clientOf(request);
		String proto = first(request.getHeader("X-Forwarded-Proto"));
		@Nullable Boolean secure = proto == null ? null : "https".equals(proto.toLowerCase(Locale.ROOT));
		chain.doFilter(new Forwarded(request, client, secure), response);
	}

	/**
	 * The nearest address of the {@code X-Forwarded-For} chain that is not a trusted
	 * proxy, or the last address before a malformed entry.
	 */
	private String clientOf(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				hops.add(hop.strip());
			}
		}
		String client = request.getRemoteAddr();
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!isIpLiteral(hop)) {
				break;
			}
			client = hop;
			if (!isTrusted(hop)) {
				break;
			}
		}
		return client;
	}

	private boolean isTrusted(String address) {
		if (trusted.isEmpty() || !isIpLiteral(address)) {
			return false;
		}
		for (IpAddressMatcher matcher : trusted) {
			if (matcher.matches(address)) {
				return true;
			}
		}
		return false;
	}

	static boolean isIpLiteral(String value) {
		return value.length() <= 45 && IP_LITERAL.matcher(value).matches();
	}

	private static @Nullable String first(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		int comma = header.indexOf(',');
		return (comma < 0 ? header : header.substring(0, comma)).strip();
	}

	/** The request as the client sent it to the first proxy. */
	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final @Nullable Boolean secure;

		Forwarded(HttpServletRequest request, String client, @Nullable Boolean secure) {
			super(request);
			this.client = client;
			this.secure = secure;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public boolean isSecure() {
			return secure != null ? secure : super.isSecure();
		}

		@Override
		public String getScheme() {
			return secure != null ? (secure ? "https" : "http") : super.getScheme();
		}

	}

}
