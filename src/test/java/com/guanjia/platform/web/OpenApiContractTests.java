package com.guanjia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document describes the bodies the controllers really read (issue 10, "What
 * an API client could not do"; issue 9 item 18): an operation whose method takes a
 * {@code @RequestBody} documents a JSON body of that type's schema, one that reads a file
 * documents {@code multipart/form-data}, any other documents no body. Two classes never
 * share one schema name (the work order's {@code ChargeRequest} described {@code POST
 * /api/units/{id}/charges}, and the documented body answered 500).
 */
@GuanjiaTest
class OpenApiContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	JsonNode document;

	@BeforeEach
	void readTheDocument() throws Exception {
		String json = mvc.perform(get("/v3/api-docs").with(user(Fixtures.ROOT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		document = JsonMapper.builder().build().readTree(json);
	}

	@Test
	void everyOperationDocumentsTheBodyItsControllerReads() {
		List<String> wrong = new ArrayList<>();
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations++;
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				List<HandlerMethod> handlers = handlers(path.getKey(), RequestMethod.valueOf(name.split(" ")[0]));
				if (handlers.isEmpty()) {
					wrong.add(name + ": no controller method found");
					continue;
				}
				check(name, operation.getValue().path("requestBody").path("content"), handlers, wrong);
			}
		}
		assertThat(operations).as("operations in the document").isGreaterThan(150);
		assertThat(wrong).as("operations whose documented body is not what the controller reads").isEmpty();
	}

	@Test
	void noTwoClassesShareASchemaName() {
		Map<String, Set<String>> classesByName = new TreeMap<>();
		Set<Type> seen = new HashSet<>();
		for (HandlerMethod handler : apiHandlers().values()) {
			for (Parameter parameter : handler.getMethod().getParameters()) {
				if (parameter.isAnnotationPresent(RequestBody.class)
						|| parameter.isAnnotationPresent(RequestPart.class)) {
					collect(parameter.getParameterizedType(), classesByName, seen);
				}
			}
			collect(handler.getMethod().getGenericReturnType(), classesByName, seen);
		}
		assertThat(classesByName).as("schemas named").hasSizeGreaterThan(100);
		Map<String, Set<String>> shared = new TreeMap<>(classesByName);
		shared.values().removeIf(classes -> classes.size() == 1);
		assertThat(shared).as("schema names shared by several classes (give one a @Schema(name = ...))").isEmpty();
	}

	private void check(String name, JsonNode content, List<HandlerMethod> handlers, List<String> wrong) {
		Set<String> documented = new TreeSet<>(content.propertyNames());
		Set<String> read = new TreeSet<>();
		for (HandlerMethod handler : handlers) {
			for (Parameter parameter : handler.getMethod().getParameters()) {
				if (readsAFile(parameter)) {
					read.add(MediaType.MULTIPART_FORM_DATA_VALUE);
				}
				else if (parameter.isAnnotationPresent(RequestBody.class)) {
					read.add(MediaType.APPLICATION_JSON_VALUE);
					JsonNode schema = content.path(MediaType.APPLICATION_JSON_VALUE).path("schema");
					String problem = matches(schema, parameter.getParameterizedType());
					if (problem != null) {
						wrong.add(name + ": " + problem);
					}
				}
			}
		}
		if (!documented.equals(read)) {
			wrong.add(name + ": documented " + documented + ", the controller reads " + read);
		}
	}

	/** Null when the schema describes the type, else what differs. */
	private String matches(JsonNode schema, Type type) {
		Class<?> raw = raw(type);
		if (Collection.class.isAssignableFrom(raw)) {
			if (!"array".equals(OpenApiFuzzer.type(schema))) {
				return "the controller reads a list, the document says " + schema;
			}
			return matches(schema.path("items"), argument(type, 0));
		}
		if (!raw.isRecord()) {
			return null;
		}
		String ref = schema.path("$ref").asString("");
		String expected = schemaName(raw);
		if (!ref.equals("#/components/schemas/" + expected)) {
			return "the controller reads " + raw.getName() + " (schema " + expected + "), the document refers to "
					+ (ref.isEmpty() ? schema.toString() : ref);
		}
		JsonNode described = document.path("components").path("schemas").path(expected);
		Set<String> documentedProperties = new TreeSet<>(described.path("properties").propertyNames());
		Set<String> javaProperties = new TreeSet<>();
		for (RecordComponent component : raw.getRecordComponents()) {
			javaProperties.add(component.getName());
		}
		if (!documentedProperties.equals(javaProperties)) {
			return "schema " + expected + " has properties " + documentedProperties + ", " + raw.getName() + " has "
					+ javaProperties;
		}
		return null;
	}

	private static boolean readsAFile(Parameter parameter) {
		Class<?> raw = parameter.getType();
		return parameter.isAnnotationPresent(RequestPart.class) || MultipartFile.class.isAssignableFrom(raw)
				|| (Collection.class.isAssignableFrom(raw)
						&& argument(parameter.getParameterizedType(), 0) == MultipartFile.class)
				|| (raw.isArray() && raw.getComponentType() == MultipartFile.class);
	}

	private List<HandlerMethod> handlers(String path, RequestMethod method) {
		List<HandlerMethod> found = new ArrayList<>();
		apiHandlers().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (info.getPatternValues().contains(path) && (methods.isEmpty() || methods.contains(method))) {
				found.add(handler);
			}
		});
		return found;
	}

	private Map<RequestMappingInfo, HandlerMethod> apiHandlers() {
		Map<RequestMappingInfo, HandlerMethod> api = new LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))
					&& handler.getBeanType().getName().startsWith("com.guanjia.")) {
				api.put(info, handler);
			}
		});
		return api;
	}

	/**
	 * Every class of ours reachable from the type, by the schema name springdoc gives it:
	 * the {@code @Schema(name)} or the simple name (generic types are named after their
	 * arguments and not checked).
	 */
	private static void collect(Type type, Map<String, Set<String>> classesByName, Set<Type> seen) {
		if (!seen.add(type)) {
			return;
		}
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, classesByName, seen);
			}
			collect(parameterized.getRawType(), classesByName, seen);
			return;
		}
		if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				collect(bound, classesByName, seen);
			}
			return;
		}
		if (!(type instanceof Class<?> cls)) {
			return;
		}
		if (cls.isArray()) {
			collect(cls.getComponentType(), classesByName, seen);
			return;
		}
		if (!cls.getName().startsWith("com.guanjia.") || cls.isEnum()
				|| cls.getTypeParameters().length > 0 && !cls.isRecord()) {
			return;
		}
		if (cls.getTypeParameters().length == 0) {
			classesByName.computeIfAbsent(schemaName(cls), n -> new TreeSet<>()).add(cls.getName());
		}
		if (cls.isRecord()) {
			for (RecordComponent component : cls.getRecordComponents()) {
				collect(component.getGenericType(), classesByName, seen);
			}
		}
	}

	static String schemaName(Class<?> cls) {
		Schema schema = cls.getAnnotation(Schema.class);
		return schema != null && !schema.name().isEmpty() ? schema.name() : cls.getSimpleName();
	}

	private static Class<?> raw(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return type instanceof Class<?> cls ? cls : Object.class;
	}

	private static Type argument(Type type, int index) {
		return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index]
				: Object.class;
	}

}
