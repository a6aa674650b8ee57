package com.guanjia.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * An API request that fails before any controller is found — no such path (404), a method
 * (405) or body type (415) the path does not take — answers problem details like every
 * other API failure, instead of Spring Boot's error page (issue 9 item 13). It is the
 * only advice that applies then (it names no controllers); every other request's failure
 * is passed on untouched, so a console page still gets the friendly error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmatchedApiExceptionHandler {

	private final ApiExceptionHandler api;

	UnmatchedApiExceptionHandler(ApiExceptionHandler api) {
		this.api = api;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unmatched(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!ApiRequests.is(request)) {
			// Rethrown as is: Spring MVC's default resolvers and the error page handle
			// it.
			throw ex;
		}
		return api.answer(ex, new ServletWebRequest(request, response));
	}

}
