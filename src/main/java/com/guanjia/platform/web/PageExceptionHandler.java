package com.guanjia.platform.web;

import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly pages for failures of the console: the message in the user's language, never a
 * stack trace. An htmx request gets the message as an alert swapped into the page's flash
 * area. A page controller's {@code @ResponseBody} method on an API path gets the API's
 * problem details instead (issue 9 item 13).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final Messages messages;

	private final ApiExceptionHandler api;

	private final DataSize maxFileSize;

	PageExceptionHandler(Messages messages, ApiExceptionHandler api,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.api = api;
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(ValidationException.class)
	Object invalid(ValidationException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ApiRequests.is(request)) {
			return api.answer(ex, new ServletWebRequest(request, response));
		}
		return page(HttpStatus.BAD_REQUEST, messages.describe(ex.problems()), request, response);
	}

	@ExceptionHandler(DomainException.class)
	Object refused(DomainException ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ApiRequests.is(request)) {
			return api.answer(ex, new ServletWebRequest(request, response));
		}
		return page(HttpStatus.valueOf(ex.status()), messages.of(ex), request, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object forbidden(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (ApiRequests.is(request)) {
			return api.answer(ex, new ServletWebRequest(request, response));
		}
		return page(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), request, response);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		if (ApiRequests.is(request)) {
			return api.answer(ex, new ServletWebRequest(request, response));
		}
		return page(HttpStatus.BAD_REQUEST,
				messages.fieldLabel(ex.getName()) + ": "
						+ messages.get(NulCharacters.contains(ex.getValue()) ? "validation.nul" : "validation.format"),
				request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (ApiRequests.is(request)) {
			return api.answer(ex, new ServletWebRequest(request, response));
		}
		return page(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("upload.fileTooLarge", maxFileSize.toMegabytes()),
				request, response);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ex instanceof AuthenticationException) {
			throw ex;
		}
		if (ApiRequests.is(request)) {
			return api.answer(ex, new ServletWebRequest(request, response));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			// A report or export opened without what it needs (issue 9 item 16).
			return page(HttpStatus.BAD_REQUEST,
					messages.fieldLabel(missing.getParameterName()) + ": " + messages.get("validation.required"),
					request, response);
		}
		if (ex instanceof ErrorResponse standard && standard.getStatusCode().is4xxClientError()) {
			// Spring MVC's own refusals (a missing header, an unsupported method or
			// type):
			// the client's mistake, never a 500 page.
			return page(HttpStatus.valueOf(standard.getStatusCode().value()), messages.get("error.badRequest"), request,
					response);
		}
		if (ex instanceof RequestRejectedException) {
			return page(HttpStatus.BAD_REQUEST, messages.get("error.requestRejected"), request, response);
		}
		if (ApiExceptionHandler.isBadData(ex)) {
			log.warn("Refused a value the database cannot store on page {}: {}", request.getRequestURI(),
					ex.getMessage());
			return page(HttpStatus.BAD_REQUEST, messages.get("error.badData"), request, response);
		}
		log.error("Unexpected error on page {}", request.getRequestURI(), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"), request, response);
	}

	private ModelAndView page(HttpStatus status, String message, HttpServletRequest request,
			HttpServletResponse response) {
		if (Htmx.isHtmx(request)) {
			// Swap the message into the flash area instead of the requested target.
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			ModelAndView mav = new ModelAndView("fragments/alert :: alert");
			mav.addObject("message", message);
			mav.addObject("level", status.is5xxServerError() ? "danger" : "warning");
			mav.setStatus(HttpStatus.OK);
			return mav;
		}
		ModelAndView mav = new ModelAndView("error");
		mav.addObject("status", status.value());
		mav.addObject("message", message);
		mav.setStatus(status);
		return mav;
	}

}
