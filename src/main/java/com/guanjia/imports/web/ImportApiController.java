package com.guanjia.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.guanjia.imports.EstateImport;
import com.guanjia.imports.ImportReport;
import com.guanjia.imports.ImportsBusyException;
import com.guanjia.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The spreadsheet import as an API call. */
@RestController
@Tag(name = "imports", description = "Spreadsheet import of buildings, units and owners (all or nothing)")
class ImportApiController {

	private final EstateImport imports;

	private final Messages messages;

	ImportApiController(EstateImport imports, Messages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/api/imports/estate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import buildings, units and owners from an .xlsx sheet",
			description = "All or nothing: when any row has a problem nothing is saved and the answer is 400 "
					+ "with every problem by row. dryRun=true only checks. At most guanjia.imports.max-rows data rows "
					+ "(default 100,000); 429 with Retry-After while the instance's import slots are taken.")
	ResponseEntity<Object> api(@RequestParam long communityId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		try (InputStream in = ImportController.requireFile(file)) {
			ImportReport report = dryRun ? imports.check(communityId, in) : imports.importFile(communityId, in);
			if (report.problems().isEmpty()) {
				return ResponseEntity.ok(report);
			}
			ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.get("import.rejected", report.problems().size()));
			pd.setTitle(messages.get("error.title.400"));
			pd.setProperty("rows", report.rows());
			pd.setProperty("problems",
					report.problems()
						.stream()
						.map(p -> Map.of("row", p.row(), "field", p.field(), "code", p.code(), "value", p.value(),
								"message", messages.get(p.code(), p.args().toArray())))
						.toList());
			return ResponseEntity.badRequest().body(pd);
		}
	}

	/** 429 with Retry-After: every import slot of this instance is taken. */
	@ExceptionHandler(ImportsBusyException.class)
	ResponseEntity<ProblemDetail> busy(ImportsBusyException ex) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.of(ex));
		pd.setTitle(messages.get("error.title.429"));
		pd.setProperty("code", ex.code());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(pd);
	}

}
