package com.guanjia.imports.web;

import java.io.IOException;
import java.io.InputStream;

import com.guanjia.imports.EstateImport;
import com.guanjia.imports.EstateTemplate;
import com.guanjia.imports.ImportReport;
import com.guanjia.imports.ImportsBusyException;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload, check or import, and the report row by row. */
@Controller
class ImportController {

	private final EstateImport imports;

	private final CurrentCommunity current;

	private final Messages messages;

	ImportController(EstateImport imports, CurrentCommunity current, Messages messages) {
		this.imports = imports;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String page() {
		return "imports/import";
	}

	@GetMapping("/imports/template.xlsx")
	ResponseEntity<byte[]> template() {
		return EstateTemplate.download();
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, HttpSession session, Model model) throws IOException {
		long communityId = current.id(session);
		try (InputStream in = requireFile(file)) {
			ImportReport report = dryRun ? imports.check(communityId, in) : imports.importFile(communityId, in);
			model.addAttribute("report", report);
			model.addAttribute("dryRun", dryRun);
			model.addAttribute("filename", file.getOriginalFilename());
		}
		catch (ValidationException ex) {
			model.addAttribute("fileError", messages.describe(ex.problems()));
		}
		catch (ImportsBusyException ex) {
			model.addAttribute("fileError", messages.of(ex));
		}
		return "imports/import";
	}

	static InputStream requireFile(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw ValidationException.of("file", "validation.required");
		}
		return file.getInputStream();
	}

}
