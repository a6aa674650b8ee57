package com.guanjia.platform.web;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.guanjia.shared.DomainException;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of the JSON API into problem details (RFC 9457): bad input names each
 * field in {@code errors}, nothing leaks a stack trace. It advises the
 * {@code @RestController}s; {@link #answer} gives the same answers for an API path served
 * by a page controller's {@code @ResponseBody} method or failing before any controller
 * was found ({@link PageExceptionHandler}, {@link UnmatchedApiExceptionHandler}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Messages messages;

	private final DataSize maxFileSize;

	ApiExceptionHandler(Messages messages,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(ValidationException.class)
	ProblemDetail invalid(ValidationException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> refused(DomainException ex) {
		ProblemDetail pd = problem(HttpStatus.valueOf(ex.status()), ex);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.status());
		Duration retryAfter = ex.retryAfter();
		if (retryAfter != null) {
			answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
		}
		return answer.body(pd);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
		pd.setTitle(messages.get("error.title.403"));
		return pd;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// 413 naming the limit (issue 9 item 6); the servlet container does not say which
		// limit.
		FieldProblem problem = new FieldProblem("file", "upload.fileTooLarge", maxFileSize.toMegabytes());
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, messages.of(problem));
		pd.setTitle(messages.get("error.title.413"));
		pd.setProperty("code", problem.code());
		pd.setProperty("errors",
				List.of(Map.of("field", problem.field(), "code", problem.code(), "message", messages.of(problem))));
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(pd);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof AuthenticationException) {
			throw ex;
		}
		if (ex instanceof RequestRejectedException) {
			// The firewall checks a header when it is read: a NUL in one (issue 9 item
			// 16).
			ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.get("error.requestRejected"));
			pd.setTitle(messages.get("error.title.400"));
			pd.setProperty("code", "error.requestRejected");
			return pd;
		}
		if (isBadData(ex)) {
			log.warn("Refused a value the database cannot store: {}", ex.getMessage());
			ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("error.badData"));
			pd.setTitle(messages.get("error.title.400"));
			pd.setProperty("code", "error.badData");
			return pd;
		}
		log.error("Unexpected error in API", ex);
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				messages.get("error.unexpected"));
		pd.setTitle(messages.get("error.title.500"));
		return pd;
	}

	/**
	 * A value the database refused as data (SQLState class 22: a number out of its
	 * column's range, a text too long, a NUL byte, …) that no check before it caught: bad
	 * input, not a failure of the server (issue 9 item 16). The transaction is rolled
	 * back, so nothing is half-saved; the checks that name the field come first.
	 */
	static boolean isBadData(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * The problem for any failure of an API request, as the handlers of this class would
	 * answer it. An {@link AuthenticationException} is rethrown for Spring Security.
	 */
	ResponseEntity<Object> answer(Exception ex, WebRequest request) throws Exception {
		if (ex instanceof AuthenticationException) {
			throw ex;
		}
		if (ex instanceof ValidationException validation) {
			return ResponseEntity.badRequest().body(invalid(validation));
		}
		if (ex instanceof DomainException domain) {
			ResponseEntity<ProblemDetail> refused = refused(domain);
			return new ResponseEntity<>(refused.getBody(), refused.getHeaders(), refused.getStatusCode());
		}
		if (ex instanceof AccessDeniedException denied) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden(denied));
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return ResponseEntity.badRequest().body(typeMismatch(mismatch));
		}
		ResponseEntity<Object> standard;
		try {
			// Spring MVC's own exceptions (400, 404, 405, 406, 415, ...).
			standard = handleException(ex, request);
		}
		catch (Exception notStandard) {
			if (notStandard != ex) {
				throw notStandard;
			}
			ProblemDetail pd = unexpected(ex);
			return ResponseEntity.status(pd.getStatus()).body(pd);
		}
		if (standard != null) {
			return standard;
		}
		ProblemDetail pd = unexpected(ex);
		return ResponseEntity.status(pd.getStatus()).body(pd);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> problems.add(new FieldProblem(e.getField(), "validation.invalid")));
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			field = String.join(".",
					databind.getPath()
						.stream()
						.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
						.toList());
		}
		String code = "body".equals(field) ? "validation.body" : "validation.format";
		if (ex.getCause() instanceof InvalidFormatException invalid && NulCharacters.contains(invalid.getValue())) {
			code = "validation.nul";
		}
		return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, code))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldProblem(ex.getParameterName(), "validation.required"))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldProblem(ex.getName(),
				NulCharacters.contains(ex.getValue()) ? "validation.nul" : "validation.format")));
	}

	private ProblemDetail invalid(List<FieldProblem> problems) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.describe(problems));
		pd.setTitle(messages.get("error.title.400"));
		pd.setProperty("errors",
				problems.stream()
					.map(p -> Map.of("field", p.field(), "code", p.code(), "message", messages.of(p)))
					.toList());
		return pd;
	}

	private ProblemDetail problem(HttpStatus status, DomainException ex) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, messages.of(ex));
		pd.setTitle(messages.get("error.title." + status.value()));
		pd.setProperty("code", ex.code());
		return pd;
	}

}
