package com.guanjia.access;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem-details body from the security filters, which run before Spring MVC.
 */
@Component
class ApiProblemWriter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	/**
	 * Like Spring MVC's converter: extra properties ({@code code}) at the top level, not
	 * under "properties".
	 */
	private final JsonMapper json = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	ApiProblemWriter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				messages.getMessage(code, null, code, locale));
		pd.setTitle(messages.getMessage("error.title." + status, null, HttpStatus.valueOf(status).getReasonPhrase(),
				locale));
		pd.setProperty("code", code);
		pd.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(json.writeValueAsString(pd));
	}

}
