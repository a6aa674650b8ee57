package com.guanjia.search.web;

import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Htmx;
import com.guanjia.search.QuickSearch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page behind the navigation bar's box: results in the current community. */
@Controller
class SearchPageController {

	private final QuickSearch search;

	private final CurrentCommunity current;

	SearchPageController(QuickSearch search, CurrentCommunity current) {
		this.search = search;
		this.current = current;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q, HttpSession session, HttpServletRequest request,
			Model model) {
		model.addAttribute("results", search.search(current.id(session), q));
		return Htmx.view(request, "search/results", "results");
	}

}
