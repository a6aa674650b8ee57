package com.guanjia.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.guanjia.support.Fixtures;

/**
 * Requests for one operation of the OpenAPI document, generated from its schema with a
 * fixed seed: a valid-looking request built from the community's own ids and codes, and
 * variants of it — another community's ids, ids that do not exist, wrong types, missing
 * fields, huge numbers and strings, NUL and empty strings, malformed JSON (issue 9 item
 * 18).
 */
final class OpenApiFuzzer {

	/** An id no community has. */
	static final long NONEXISTENT = 987_654_321L;

	static final String TODAY = "2026-11-30";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String HUGE = "字".repeat(34_000);

	enum Kind {

		/** A valid-looking request: it may be accepted. */
		VALID,
		/** One id is another community's: must be refused (4xx). */
		FOREIGN,
		/** One id does not exist: must be refused (4xx). */
		NONEXISTENT,
		/** Anything else: must not fail (no 5xx). */
		FUZZ

	}

	/** A multipart part: a file or a JSON text. */
	record Part(String name, String filename, String contentType, byte[] content) {
	}

	/** One request to send. */
	record Case(String label, Kind kind, Map<String, String> path, Map<String, String> query,
			Map<String, String> headers, @Nullable String json, @Nullable List<Part> parts) {

		Case with(String label, Kind kind) {
			return new Case(label, kind, path, query, headers, json, parts);
		}

	}

	private final JsonNode document;

	private final String method;

	private final String pathTemplate;

	private final JsonNode operation;

	private final FuzzEstate own;

	private final FuzzEstate foreign;

	private final Random random;

	private final boolean checksCommunity;

	OpenApiFuzzer(JsonNode document, String method, String path, FuzzEstate own, FuzzEstate foreign, long seed,
			boolean checksCommunity) {
		this.document = document;
		this.method = method;
		this.pathTemplate = path;
		this.operation = document.path("paths").path(path).path(method.toLowerCase());
		this.own = own;
		this.foreign = foreign;
		this.random = new Random(seed ^ (method + " " + path).hashCode());
		this.checksCommunity = checksCommunity;
	}

	/**
	 * The cases for the operation: every foreign and nonexistent id, then up to
	 * {@code max} sampled variants, then the valid-looking request last (it may change
	 * state the variants need).
	 */
	List<Case> cases(int max) {
		Case valid = valid();
		List<Case> ids = new ArrayList<>();
		List<Case> variants = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			parameterVariants(valid, parameter, ids, variants);
		}
		JsonNode content = operation.path("requestBody").path("content");
		if (content.has("application/json")) {
			JsonNode body = parse(valid.json());
			bodyVariants(valid, body, schema(content.path("application/json").path("schema")), "", ids, variants);
			for (String malformed : List.of("{", "{\"a\":", "[]", "null", "\"text\"", "12", "{}", "", "\u0000",
					"{\"x\": 1,}", "<xml/>", "[{}]")) {
				variants.add(withJson(valid, "malformed JSON " + escape(malformed), Kind.FUZZ, malformed));
			}
		}
		else if (content.has("multipart/form-data")) {
			multipartVariants(valid, variants);
		}
		Collections.shuffle(variants, random);
		List<Case> cases = new ArrayList<>(ids);
		cases.addAll(variants.subList(0, Math.min(max, variants.size())));
		cases.add(valid);
		return cases;
	}

	private Case valid() {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		Map<String, String> headers = new LinkedHashMap<>();
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			if ("header".equals(in)) {
				if ("Idempotency-Key".equals(name)) {
					headers.put(name, "fuzz-" + random.nextLong());
				}
				continue;
			}
			JsonNode value = value(schema(parameter.path("schema")), name, own);
			String text = value.isString() ? value.asString() : value.toString();
			if ("path".equals(in)) {
				path.put(name, text);
			}
			else if (parameter.path("required").asBoolean() || random.nextBoolean()) {
				query.put(name, text);
			}
		}
		JsonNode content = operation.path("requestBody").path("content");
		String json = null;
		List<Part> parts = null;
		if (content.has("application/json")) {
			json = value(schema(content.path("application/json").path("schema")), "body", own).toString();
		}
		else if (content.has("multipart/form-data")) {
			parts = new ArrayList<>();
			JsonNode properties = schema(content.path("multipart/form-data").path("schema")).path("properties");
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				JsonNode schema = schema(property.getValue());
				if ("binary".equals(schema.path("format").asString())) {
					parts.add(new Part(property.getKey(), "photo.png", "image/png", PNG));
				}
				else {
					parts.add(new Part(property.getKey(), "", "application/json",
							value(schema, property.getKey(), own).toString().getBytes()));
				}
			}
		}
		return new Case("valid-looking", Kind.VALID, path, query, headers, json, parts);
	}

	private void parameterVariants(Case valid, JsonNode parameter, List<Case> ids, List<Case> variants) {
		String name = parameter.path("name").asString();
		String in = parameter.path("in").asString();
		if ("header".equals(in)) {
			if ("Idempotency-Key".equals(name)) {
				for (String value : List.of("", "\u0000", "k".repeat(10_000), "键" + random.nextInt())) {
					Map<String, String> headers = new LinkedHashMap<>(valid.headers());
					headers.put(name, value);
					variants.add(new Case("header " + name + "=" + escape(value), Kind.FUZZ, valid.path(),
							valid.query(), headers, valid.json(), valid.parts()));
				}
			}
			return;
		}
		JsonNode schema = schema(parameter.path("schema"));
		boolean isPath = "path".equals(in);
		if (isId(name, schema)) {
			boolean communityParameter = "communityId".equals(name);
			if (checksCommunity || !(isPath || communityParameter)) {
				// A filter naming another community's record need not be refused; the
				// community or a record itself must be.
				Kind kind = isPath || communityParameter || !"GET".equals(method) ? Kind.FOREIGN : Kind.FUZZ;
				Long foreignValue = foreignId(name);
				if (foreignValue != null) {
					ids.add(withParameter(valid, in, name, foreignValue.toString(), "foreign " + name, kind));
				}
			}
			Kind missing = isPath || !"GET".equals(method) ? Kind.NONEXISTENT : Kind.FUZZ;
			ids.add(withParameter(valid, in, name, Long.toString(NONEXISTENT), "nonexistent " + name, missing));
		}
		List<String> values = new ArrayList<>(
				List.of("abc", "", " ", "\u0000", "-1", "0", "1e20", Long.toString(Long.MAX_VALUE),
						"99999999999999999999", "x".repeat(5_000), "2026-02-30", "true", "%", "a\u0000b", "😀"));
		for (String value : values) {
			if (isPath && value.isBlank()) {
				continue;
			}
			variants.add(withParameter(valid, in, name, value, in + " " + name + "=" + escape(value), Kind.FUZZ));
		}
		if (!isPath && parameter.path("required").asBoolean()) {
			Map<String, String> query = new LinkedHashMap<>(valid.query());
			query.remove(name);
			variants.add(new Case("without " + name, Kind.FUZZ, valid.path(), query, valid.headers(), valid.json(),
					valid.parts()));
		}
	}

	private Case withParameter(Case valid, String in, String name, String value, String label, Kind kind) {
		Map<String, String> path = new LinkedHashMap<>(valid.path());
		Map<String, String> query = new LinkedHashMap<>(valid.query());
		("path".equals(in) ? path : query).put(name, value);
		return new Case(label, kind, path, query, valid.headers(), valid.json(), valid.parts());
	}

	private void bodyVariants(Case valid, JsonNode body, JsonNode schema, String at, List<Case> ids,
			List<Case> variants) {
		if ("array".equals(type(schema))) {
			JsonNode items = schema(schema.path("items"));
			variants.add(withBody(valid, body, at, n -> NODES.arrayNode(), "empty " + label(at), Kind.FUZZ));
			variants.add(withBody(valid, body, at, n -> NODES.arrayNode().addNull(), "[null] " + label(at), Kind.FUZZ));
			variants.add(withBody(valid, body, at, n -> {
				ArrayNode many = NODES.arrayNode();
				for (int i = 0; i < 300; i++) {
					many.add(n.isArray() && !n.isEmpty() ? n.get(0) : NODES.nullNode());
				}
				return many;
			}, "300 items " + label(at), Kind.FUZZ));
			if (type(items).equals("integer") && isId(fieldName(at), items)) {
				String name = fieldName(at);
				variants.remove(variants.size() - 1);
				Long foreignValue = foreignId(name);
				if (foreignValue != null) {
					ids.add(withBody(valid, body, at, n -> NODES.arrayNode().add(foreignValue), "foreign " + label(at),
							Kind.FOREIGN));
				}
				ids.add(withBody(valid, body, at, n -> NODES.arrayNode().add(NONEXISTENT), "nonexistent " + label(at),
						Kind.NONEXISTENT));
			}
			if (!items.path("properties").isMissingNode() && !at.contains("[0]")) {
				bodyVariants(valid, body, items, at + "[0]", ids, variants);
			}
			return;
		}
		JsonNode properties = schema.path("properties");
		if (properties.isMissingNode()) {
			return;
		}
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			String field = at.isEmpty() ? property.getKey() : at + "." + property.getKey();
			JsonNode fieldSchema = schema(property.getValue());
			String type = type(fieldSchema);
			variants.add(withBody(valid, body, field, n -> null, "without " + field, Kind.FUZZ));
			variants.add(withBody(valid, body, field, n -> NODES.nullNode(), field + "=null", Kind.FUZZ));
			variants.add(withBody(valid, body, field,
					n -> "string".equals(type) ? NODES.numberNode(12345) : NODES.stringNode("abc"),
					field + " of a wrong type", Kind.FUZZ));
			variants.add(withBody(valid, body, field, n -> NODES.objectNode(), field + "={}", Kind.FUZZ));
			if ("integer".equals(type) || "number".equals(type)) {
				if (isId(property.getKey(), fieldSchema)
						&& (checksCommunity || !"communityId".equals(property.getKey()))) {
					Long foreignValue = foreignId(property.getKey());
					if (foreignValue != null) {
						ids.add(withBody(valid, body, field, n -> NODES.numberNode(foreignValue), "foreign " + field,
								Kind.FOREIGN));
					}
				}
				if (isId(property.getKey(), fieldSchema)) {
					ids.add(withBody(valid, body, field, n -> NODES.numberNode(NONEXISTENT), "nonexistent " + field,
							Kind.NONEXISTENT));
				}
				for (JsonNode number : List.of(NODES.numberNode(new BigDecimal("1E+20")), NODES.numberNode(-1),
						NODES.numberNode(0), NODES.numberNode(Long.MAX_VALUE),
						NODES.numberNode(new BigInteger("99999999999999999999")),
						NODES.numberNode(new BigDecimal("1.005")), NODES.numberNode(new BigDecimal("-1E+20")),
						NODES.numberNode(new BigDecimal("1E-7")), NODES.numberNode(Integer.MIN_VALUE))) {
					variants.add(withBody(valid, body, field, n -> number, field + "=" + number, Kind.FUZZ));
				}
			}
			else if ("string".equals(type)) {
				for (String text : List.of("", "   ", "\u0000", "a\u0000b", HUGE, "2026-02-30", "25:61", "😀\uD800",
						"<script>x</script>", "' or 1=1 --")) {
					variants.add(withBody(valid, body, field, n -> NODES.stringNode(text), field + "=" + escape(text),
							Kind.FUZZ));
				}
			}
			else if ("boolean".equals(type)) {
				variants.add(withBody(valid, body, field, n -> NODES.stringNode("yes"), field + "=\"yes\"", Kind.FUZZ));
			}
			else if ("array".equals(type) || !fieldSchema.path("properties").isMissingNode()) {
				bodyVariants(valid, body, fieldSchema, field, ids, variants);
			}
		}
	}

	private void multipartVariants(Case valid, List<Case> variants) {
		List<Part> parts = valid.parts() == null ? List.of() : valid.parts();
		variants.add(withParts(valid, "no parts", List.of()));
		for (Part part : parts) {
			List<Part> empty = replace(parts, part,
					new Part(part.name(), part.filename(), part.contentType(), new byte[0]));
			variants.add(withParts(valid, "empty " + part.name(), empty));
			List<Part> garbage = replace(parts, part,
					new Part(part.name(), "x\u0000.png", "image/png", "not an image at all".getBytes()));
			variants.add(withParts(valid, "garbage " + part.name(), garbage));
			List<Part> malformed = replace(parts, part,
					new Part(part.name(), part.filename(), "application/json", "{\"a\":".getBytes()));
			variants.add(withParts(valid, "malformed " + part.name(), malformed));
		}
	}

	private static List<Part> replace(List<Part> parts, Part old, Part replacement) {
		List<Part> copy = new ArrayList<>(parts);
		copy.set(copy.indexOf(old), replacement);
		return copy;
	}

	private static Case withParts(Case valid, String label, List<Part> parts) {
		return new Case(label, Kind.FUZZ, valid.path(), valid.query(), valid.headers(), null, parts);
	}

	private static Case withJson(Case valid, String label, Kind kind, String json) {
		return new Case(label, kind, valid.path(), valid.query(), valid.headers(), json, null);
	}

	/**
	 * The valid body with the value at {@code at} ("field", "a.b", "items[0].c", or ""
	 * for the body) replaced; null removes it.
	 */
	private Case withBody(Case valid, JsonNode body, String at, UnaryOperator<@Nullable JsonNode> change, String label,
			Kind kind) {
		JsonNode copy = body.deepCopy();
		if (at.isEmpty()) {
			JsonNode changed = change.apply(copy);
			return withJson(valid, label, kind, changed == null ? "" : changed.toString());
		}
		List<String> steps = new ArrayList<>(List.of(at.replace("[0]", ".[0]").split("\\.")));
		String last = steps.remove(steps.size() - 1);
		JsonNode parent = copy;
		for (String step : steps) {
			parent = "[0]".equals(step) ? parent.path(0) : parent.path(step);
		}
		if ("[0]".equals(last)) {
			if (parent instanceof ArrayNode array && !array.isEmpty()) {
				JsonNode changed = change.apply(array.get(0));
				array.set(0, changed == null ? NODES.nullNode() : changed);
			}
		}
		else if (parent instanceof ObjectNode object) {
			JsonNode changed = change.apply(object.get(last));
			if (changed == null) {
				object.remove(last);
			}
			else {
				object.set(last, changed);
			}
		}
		return withJson(valid, label, kind, copy.toString());
	}

	/** A valid-looking value for a schema, by its type, format and the field's name. */
	private JsonNode value(JsonNode schema, String name, FuzzEstate estate) {
		JsonNode enumeration = schema.path("enum");
		if (enumeration.isArray() && !enumeration.isEmpty()) {
			return enumeration.get(random.nextInt(enumeration.size()));
		}
		String type = type(schema);
		String format = schema.path("format").asString();
		switch (type) {
			case "integer":
				if (isId(name, schema)) {
					return NODES.numberNode(ownId(name, estate));
				}
				return NODES.numberNode(switch (name) {
					case "page" -> 0;
					case "size", "limit" -> 20;
					case "days", "historyMonths" -> 6;
					case "floors" -> 18;
					case "dueDays" -> 15;
					case "score" -> 5;
					case "allowedMinutes" -> 60;
					case "version" -> 0;
					default -> 1;
				});
			case "number":
				return NODES.numberNode(switch (name) {
					case "share", "quantity", "weight", "warnShare" -> new BigDecimal("1");
					case "spikeFactor" -> new BigDecimal("3");
					case "reading" -> new BigDecimal("120");
					case "custodialPercent", "lateFeeRate" -> new BigDecimal("0.5");
					default -> new BigDecimal("12.50");
				});
			case "boolean":
				return NODES.booleanNode(!name.equals("includeRetired") && !name.equals("dryRun"));
			case "array": {
				ArrayNode array = NODES.arrayNode();
				array.add(value(schema(schema.path("items")), singular(name), estate));
				return array;
			}
			case "object":
			case "": {
				if (schema.path("properties").isMissingNode()) {
					return NODES.objectNode();
				}
				ObjectNode object = NODES.objectNode();
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					object.set(property.getKey(), value(schema(property.getValue()), property.getKey(), estate));
				}
				return object;
			}
			default:
				return NODES.stringNode(text(name, format, estate));
		}
	}

	private String text(String name, String format, FuzzEstate estate) {
		switch (format) {
			case "date":
				return TODAY;
			case "date-time":
				return "2026-11-30T06:00:00Z";
			case "time", "time-local", "partial-time":
				return "08:30:00";
			default:
		}
		String lower = name.toLowerCase();
		if (lower.endsWith("phone") || lower.equals("phones")) {
			return "13800138000";
		}
		if (lower.equals("idcardnumber")) {
			return "11010519491231002X";
		}
		if (lower.equals("month") || lower.equals("period") || lower.equals("firstmonth")) {
			return "2026-11";
		}
		if (lower.equals("timezone")) {
			return "Asia/Shanghai";
		}
		if (lower.contains("password")) {
			return Fixtures.PASSWORD + random.nextInt(1000);
		}
		if (lower.equals("windows")) {
			return "08:00-10:00";
		}
		if (lower.equals("plate")) {
			return "粤B" + (10000 + random.nextInt(89999));
		}
		if (lower.equals("username")) {
			return Fixtures.unique("fz");
		}
		List<String> codes = estate.codes.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase(name)
					|| (lower.endsWith("code") && e.getKey().equals("code") && !lower.equals("code")))
			.flatMap(e -> e.getValue().stream())
			.toList();
		if (!codes.isEmpty() && !lower.equals("code")) {
			return codes.get(random.nextInt(codes.size()));
		}
		return "探测" + random.nextInt(100_000);
	}

	private long ownId(String name, FuzzEstate estate) {
		if ("communityId".equals(name)) {
			return estate.communityId;
		}
		List<Long> ids = estate.idsFor(name, pathTemplate);
		return ids.isEmpty() ? 1 : ids.get(random.nextInt(ids.size()));
	}

	/**
	 * Another community's record for the parameter or field, or null when the other
	 * community has none of its kind (then there is nothing foreign to send).
	 */
	private @Nullable Long foreignId(String name) {
		List<Long> ids = "communityId".equals(name) ? List.of(foreign.communityId) : foreign.idsFor(name, pathTemplate);
		List<Long> ours = "communityId".equals(name) ? List.of(own.communityId) : own.idsFor(name, pathTemplate);
		List<Long> theirs = ids.stream().filter(id -> !ours.contains(id)).toList();
		return theirs.isEmpty() ? null : theirs.get(random.nextInt(theirs.size()));
	}

	/**
	 * A schema's type: OpenAPI 3.1 may give a list ({@code ["string", "null"]}); its
	 * first type other than null.
	 */
	static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!"null".equals(t.asString())) {
					return t.asString();
				}
			}
			return "";
		}
		return type.asString("");
	}

	static boolean isId(String name, JsonNode schema) {
		return (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids")) && !"string".equals(type(schema));
	}

	private JsonNode schema(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static String fieldName(String at) {
		String last = at.replace("[0]", "");
		return last.contains(".") ? last.substring(last.lastIndexOf('.') + 1) : last;
	}

	private static String singular(String name) {
		return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
	}

	private static String label(String at) {
		return at.isEmpty() ? "body" : at;
	}

	private static JsonNode parse(@Nullable String json) {
		return FuzzEstate.JSON.readTree(json == null || json.isBlank() ? "{}" : json);
	}

	static String escape(String value) {
		String shown = value.length() > 20 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
		return "\"" + shown.replace("\u0000", "\\u0000") + "\"";
	}

	/** A 1×1 PNG. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

}
