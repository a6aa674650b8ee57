package com.guanjia.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A community with something of every kind in it, made through the API by worked examples
 * (each must be accepted), and the ids and codes found in it afterwards by reading every
 * list and detail the document offers. {@link OpenApiFuzzTests} builds one community to
 * work in and one whose ids it sends as foreign.
 */
final class FuzzEstate {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final long communityId;

	/** Ids by collection ("units", "bills", …) and by field name ("unitId", …). */
	final Map<String, Set<Long>> ids = new LinkedHashMap<>();

	/** Codes by field name ("code", "meterCode", …). */
	final Map<String, Set<String>> codes = new LinkedHashMap<>();

	private final MockMvc mvc;

	private final String tag;

	private final StaffUser approver;

	private FuzzEstate(MockMvc mvc, long communityId, String tag, StaffUser approver) {
		this.mvc = mvc;
		this.approver = approver;
		this.communityId = communityId;
		this.tag = tag;
	}

	/** A new community with one of everything, made by an administrator. */
	static FuzzEstate build(MockMvc mvc, Fixtures fixtures, String tag) throws Exception {
		long community = fixtures.community("接口探测" + tag).id();
		FuzzEstate estate = new FuzzEstate(mvc, community, tag, fixtures.staff(Role.ADMIN));
		estate.populate();
		return estate;
	}

	private void populate() throws Exception {
		long c = communityId;
		String n = Fixtures.unique("");
		long building = id(send("/api/buildings", """
				{"communityId": %d, "code": "F%s", "name": "%s栋", "floors": 18}""".formatted(c, n, n)));
		long unit = id(send("/api/units", """
				{"communityId": %d, "buildingId": %d, "entrance": "1", "roomNo": "101", "kind": "RESIDENCE",
				 "floor": 1, "buildingArea": 89.50, "state": "OCCUPIED", "handoverDate": "2020-06-17"}""".formatted(c,
				building)));
		long rented = id(send("/api/units", """
				{"communityId": %d, "buildingId": %d, "entrance": "1", "roomNo": "102", "kind": "RESIDENCE",
				 "floor": 1, "buildingArea": 120.35, "state": "RENTED", "handoverDate": "2020-06-17"}""".formatted(c,
				building)));
		send("/api/parking-spaces", """
				{"communityId": %d, "code": "P%s", "zone": "B1", "state": "SOLD", "unitId": %d}""".formatted(c, n,
				unit));
		long owner = id(send("/api/residents", """
				{"communityId": %d, "kind": "PERSON", "name": "张%s", "gender": "MALE", "phones": ["13800138000"],
				 "idCardNumber": "%s"}""".formatted(c, tag, idCardNumber(n))));
		long tenant = id(send("/api/residents", """
				{"communityId": %d, "kind": "PERSON", "name": "李%s", "gender": "FEMALE", "phones": ["13900139000"]}"""
			.formatted(c, tag)));
		send("/api/owners", """
				{"communityId": %d, "unitId": %d, "partyId": %d, "share": 1, "since": "2020-06-17"}""".formatted(c,
				unit, owner));
		send("/api/tenants", """
				{"communityId": %d, "unitId": %d, "partyId": %d, "startsOn": "2026-01-01"}""".formatted(c, rented,
				tenant));
		send("/api/household-members", """
				{"communityId": %d, "unitId": %d, "party": {"kind": "PERSON", "name": "张小%s", "gender": "MALE"},
				 "relation": "CHILD", "since": "2020-06-17"}""".formatted(c, unit, tag));
		send("/api/vehicles", """
				{"communityId": %d, "unitId": %d, "partyId": %d, "plate": "粤B%05d", "brand": "比亚迪", "colour": "白"}"""
			.formatted(c, unit, owner, Math.abs(n.hashCode()) % 100000));
		send("/api/charge-standards", """
				{"communityId": %d, "item": "MANAGEMENT", "effectiveFrom": "2026-01-01", "rate": 2.50}""".formatted(c));
		long run = send("/api/billing-runs/previews", """
				{"communityId": %d, "firstMonth": "2026-11", "months": 1}""".formatted(c)).path("run")
			.path("id")
			.asLong();
		send("/api/billing-runs/" + run + "/commit", "");
		send("/api/units/" + unit + "/charges", """
				{"item": "RENOVATION_GARBAGE", "amount": 35.00, "reason": "装修垃圾清运"}""");
		long deposit = id(send("/api/deposits", """
				{"unitId": %d, "purpose": "装修押金", "amount": 2000.00}""".formatted(unit)));
		// Approved by another administrator (four eyes) where the deposit still needs it.
		mvc.perform(post("/api/deposits/" + deposit + "/approval").with(user(approver)));
		send("/api/deposits/" + deposit + "/payment", """
				{"method": "CASH", "tendered": 2000.00}""", "Idempotency-Key", "fuzz-deposit-" + n);
		JsonNode lines = read("/api/units/" + rented + "/bills?open=true");
		List<Long> lineIds = new ArrayList<>();
		lines.forEach(line -> lineIds.add(line.path("id").asLong()));
		if (!lineIds.isEmpty()) {
			send("/api/payments",
					"""
							{"unitId": %d, "lineIds": %s, "method": "TRANSFER", "reference": "FZ%s", "idempotencyKey": "fuzz-pay-%s"}"""
						.formatted(rented, lineIds, n, n));
		}
		send("/api/reception-records",
				"""
						{"communityId": %d, "channel": "PHONE", "partyId": %d, "callerName": "张%s", "callerPhone": "13800138000",
						 "unitId": %d, "question": "楼道灯不亮", "answeredOnTheSpot": false}"""
					.formatted(c, owner, tag, unit));
		send("/api/work-orders",
				"""
						{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterPartyId": %d, "reporterName": "张%s",
						 "reporterPhone": "13800138000", "description": "厨房水龙头漏水", "convenientTime": "下午"}"""
					.formatted(c, unit, owner, tag));
		send("/api/work-orders", """
				{"communityId": %d, "kind": "COMPLAINT", "unitId": %d, "reporterPartyId": %d, "reporterName": "张%s",
				 "reporterPhone": "13800138000", "description": "夜间噪音", "severity": "MINOR"}""".formatted(c, unit,
				owner, tag));
		send("/api/staff", """
				{"username": "fz%s", "displayName": "技工%s", "password": "%s", "roles": ["TECHNICIAN"],
				 "assignments": [{"communityId": %d, "departmentCode": "ENGINEERING"}]}""".formatted(n, tag,
				Fixtures.PASSWORD, c));
		long meter = id(send("/api/meters", """
				{"communityId": %d, "kind": "WATER", "code": "W%s", "unitId": %d}""".formatted(c, n, unit)));
		send("/api/meters/" + meter + "/base-reading", """
				{"reading": 100, "readOn": "2026-10-31", "ownerName": "张%s"}""".formatted(tag));
		send("/api/units/" + unit + "/events", """
				{"kind": "NOTE", "occurredOn": "2026-11-01", "note": "业主来电"}""");
		upload(unit);
		long area = id(send("/api/inspections/areas", """
				{"communityId": %d, "kind": "BUILDING", "name": "%s栋公共区域", "buildingId": %d}""".formatted(c, n,
				building)));
		long route = id(send("/api/inspections/routes", """
				{"communityId": %d, "name": "夜间巡逻%s"}""".formatted(c, n)));
		String template = read("/api/inspections/templates?communityId=" + c).path(0).path("code").asString();
		send("/api/inspections/routes/" + route + "/checkpoints", """
				{"name": "%s栋大堂", "areaId": %d, "templateCode": "%s"}""".formatted(n, area, template));
		send("/api/inspections/contractors",
				"""
						{"communityId": %d, "name": "洁净保洁%s", "trade": "CLEANING", "contactName": "王", "phone": "13700137000"}"""
					.formatted(c, n));
		send("/api/inspections/schedules", """
				{"communityId": %d, "name": "夜巡%s", "kind": "PATROL", "routeId": %d, "recurrence": "DAILY",
				 "windows": "20:00-22:00"}""".formatted(c, n, route));
	}

	/**
	 * Reads every list of the community and every detail of what it lists (the paths the
	 * document offers), keeping the ids and codes it finds.
	 */
	void harvest(JsonNode document) throws Exception {
		List<String> details = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			JsonNode get = path.getValue().path("get");
			if (get.isMissingNode() || path.getKey().startsWith("/api/test-failures")) {
				continue;
			}
			boolean onlyCommunity = true;
			boolean pathParameter = false;
			for (JsonNode parameter : get.path("parameters")) {
				if ("path".equals(parameter.path("in").asString())) {
					pathParameter = true;
				}
				else if (parameter.path("required").asBoolean()
						&& !"communityId".equals(parameter.path("name").asString())) {
					onlyCommunity = false;
				}
			}
			if (pathParameter) {
				details.add(path.getKey());
			}
			else if (onlyCommunity) {
				harvest(path.getKey() + "?communityId=" + communityId, collection(path.getKey()));
			}
		}
		for (String path : details) {
			String name = path.substring(path.indexOf('{') + 1, path.indexOf('}'));
			for (Long id : idsFor(name, path).stream().limit(2).toList()) {
				String concrete = path.replace("{" + name + "}", id.toString());
				if (!concrete.contains("{")) {
					harvest(concrete, collection(path));
				}
			}
		}
	}

	/**
	 * The ids a parameter or field may name: {@code id} in {@code /api/units/{id}/…} a
	 * unit, {@code unitId} a unit, {@code reporterPartyId} a resident, …
	 */
	List<Long> idsFor(String name, String path) {
		Set<Long> found = new LinkedHashSet<>();
		List<String> keys = new ArrayList<>();
		if ("id".equals(name)) {
			String collection = collection(path.substring(0, path.indexOf("{id}")));
			keys.add(ALIASES.getOrDefault(collection, collection));
		}
		else {
			String stem = name.replaceAll("Ids?$", "");
			keys.add(name);
			keys.add(plural(stem));
			String last = stem.replaceAll("^.*(?=[A-Z])", "").toLowerCase();
			keys.add(plural(last));
			keys.add(ALIASES.getOrDefault(stem, ""));
			keys.add(ALIASES.getOrDefault(last, ""));
		}
		keys.forEach(key -> found.addAll(ids.getOrDefault(key, Set.of())));
		return List.copyOf(found);
	}

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("bill-lines", "bills"),
			Map.entry("line", "bills"), Map.entry("ledger-entries", "ledger"), Map.entry("party", "residents"),
			Map.entry("owner", "residents"), Map.entry("resident", "residents"), Map.entry("technician", "staff"),
			Map.entry("staff", "staff"), Map.entry("space", "parking-spaces"),
			Map.entry("parkingSpace", "parking-spaces"), Map.entry("household-members", "members"),
			Map.entry("member", "members"));

	/** "unit" → "units", "parkingSpace" → "parking-spaces". */
	private static String plural(String stem) {
		String kebab = stem.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
		return kebab.endsWith("s") ? kebab : kebab + "s";
	}

	private void harvest(String path, String collection) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(Fixtures.ROOT))).andReturn().getResponse();
		if (response.getStatus() == 200 && response.getContentType() != null
				&& response.getContentType().contains("json")) {
			walk(JSON.readTree(response.getContentAsString()), collection);
		}
	}

	private void walk(JsonNode node, String collection) {
		if (node.isArray()) {
			node.forEach(element -> walk(element, collection));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.path("id").isIntegralNumber()) {
			add(collection, node.path("id").asLong());
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			if (name.endsWith("Id") && value.isIntegralNumber()) {
				add(name, value.asLong());
			}
			else if ((name.equals("code") || name.endsWith("Code") || name.equals("ruleKey")) && value.isString()
					&& value.asString().length() <= 50) {
				codes.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value.asString());
			}
			else if (value.isArray() || value.isObject()) {
				walk(value, "content".equals(name) || "items".equals(name) ? collection : name);
			}
		}
	}

	private void add(String key, long id) {
		ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
	}

	/** The last literal segment of a path: "/api/units/{id}/bills" → "bills". */
	static String collection(String path) {
		String[] segments = path.split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			if (!segments[i].startsWith("{") && !segments[i].isEmpty()) {
				return segments[i];
			}
		}
		return "";
	}

	private JsonNode send(String path, String json, String... header) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(Fixtures.ROOT))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (header.length == 2) {
			request.header(header[0], header[1]);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() >= 300) {
			throw new AssertionError("worked example POST " + path + " " + json + " answered " + response.getStatus()
					+ ": " + response.getContentAsString());
		}
		String body = response.getContentAsString();
		JsonNode answer = body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
		walk(answer, collection(path));
		return answer;
	}

	private void upload(long unit) throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
		MockHttpServletResponse response = mvc
			.perform(multipart("/api/units/" + unit + "/documents")
				.file(new MockMultipartFile("file", "contract.pdf", "application/pdf", pdf))
				.param("type", "PURCHASE_CONTRACT")
				.param("title", "购房合同")
				.with(user(Fixtures.ROOT)))
			.andReturn()
			.getResponse();
		if (response.getStatus() >= 300) {
			throw new AssertionError(
					"worked example upload answered " + response.getStatus() + ": " + response.getContentAsString());
		}
		walk(JSON.readTree(response.getContentAsString()), "documents");
	}

	private JsonNode read(String path) throws Exception {
		return JSON
			.readTree(mvc.perform(get(path).with(user(Fixtures.ROOT))).andReturn().getResponse().getContentAsString());
	}

	/**
	 * A valid ID-card number (with its check digit) born on 1980-01-01, unique by seed.
	 */
	static String idCardNumber(String seed) {
		String first = "440305" + "19800101" + String.format("%03d", Math.abs(seed.hashCode()) % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first.charAt(i) - '0') * weights[i];
		}
		return first + "10X98765432".charAt(sum % 11);
	}

	private static long id(JsonNode answer) {
		return answer.path("id").asLong();
	}

	@Override
	public String toString() {
		return "community " + communityId + " " + tag;
	}

}
