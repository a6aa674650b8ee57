package com.guanjia.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a request whose declared body is larger than
 * {@code spring.servlet.multipart.max-request-size} with 413 before anything reads it
 * (issue 9 item 6): before the security filters, which would otherwise parse a multipart
 * body to find the CSRF field, fail on its size and answer 403, and before the
 * dispatcher, whose own refusal happens outside any controller. The API gets problem
 * details naming the limit; a page a short page (htmx: an alert in the flash area). A
 * body sent without a length is still bounded by the servlet container's multipart limits
 * ({@code ApiExceptionHandler}, {@code PageExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

	/**
	 * Just before the security filters (-100), after the request context filter (-105).
	 */
	static final int ORDER = -101;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
			@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxRequestSize, MessageSource messages,
			LocaleResolver locales, ObjectMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(maxRequestSize, messages, locales, json));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final DataSize max;

		private final MessageSource messages;

		private final LocaleResolver locales;

		private final ObjectMapper json;

		Filter(DataSize max, MessageSource messages, LocaleResolver locales, ObjectMapper json) {
			this.max = max;
			this.messages = messages;
			this.locales = locales;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() <= max.toBytes()) {
				chain.doFilter(request, response);
				return;
			}
			Locale locale = locales.resolveLocale(request);
			String message = messages.getMessage("upload.requestTooLarge", new Object[] { max.toMegabytes() }, locale);
			String title = messages.getMessage("error.title.413", null, locale);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Connection", "close");
			if (ApiRequests.is(request)) {
				response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				Map<String, Object> problem = new LinkedHashMap<>();
				problem.put("type", "about:blank");
				problem.put("title", title);
				problem.put("status", 413);
				problem.put("detail", message);
				problem.put("code", "upload.requestTooLarge");
				problem.put("maxBytes", max.toBytes());
				problem.put("errors",
						List.of(Map.of("field", "file", "code", "upload.requestTooLarge", "message", message)));
				response.getWriter().write(json.writeValueAsString(problem));
				return;
			}
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			String alert = "<div class=\"alert alert-warning\" role=\"alert\" id=\"upload-too-large\"><strong>"
					+ HtmlUtils.htmlEscape(title) + "</strong> " + HtmlUtils.htmlEscape(message) + "</div>";
			if (Htmx.isHtmx(request)) {
				// As PageExceptionHandler: the message goes into the page's flash area.
				response.setHeader("HX-Retarget", "#flash");
				response.setHeader("HX-Reswap", "innerHTML");
				response.setStatus(HttpStatus.OK.value());
				response.getWriter().write(alert);
				return;
			}
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			String home = HtmlUtils.htmlEscape(request.getContextPath() + "/");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN")
						+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
						+ "initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
						+ "</title><link rel=\"stylesheet\" " + "href=\"" + home
						+ "webjars/bootstrap/css/bootstrap.min.css\"></head><body class=\"p-3\">" + alert + "<a href=\""
						+ home + "\">" + HtmlUtils.htmlEscape(messages.getMessage("nav.home", null, locale))
						+ "</a></body></html>");
		}

	}

}
