package com.guanjia.search.web;

import com.guanjia.search.QuickSearch;
import com.guanjia.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search", description = "Find a unit, resident or vehicle by any fragment")
class SearchApiController {

	private final QuickSearch search;

	SearchApiController(QuickSearch search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Units, residents (phones masked) and vehicles of the community matching q: "
			+ "a room number (3-2-1502, 1502), a name fragment (建国), the last 4 digits of a phone, a plate (粤B12345)")
	SearchResults search(@RequestParam long communityId, @RequestParam String q) {
		return search.search(communityId, q);
	}

}
