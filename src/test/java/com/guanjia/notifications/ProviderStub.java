package com.guanjia.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Alibaba Cloud SMS's API on a local port (JDK HTTP server): records each
 * request (query parameters and headers) and answers the planned answers in turn, then
 * {@code OK} with a BizId.
 */
final class ProviderStub implements AutoCloseable {

	record Request(String method, Map<String, String> query, Map<String, String> headers) {

		String param(String name) {
			return query.get(name);
		}

	}

	record Answer(int status, String body) {
	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Deque<Answer> planned = new ArrayDeque<>();

	private int accepted;

	ProviderStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String endpoint() {
		return "127.0.0.1:" + server.getAddress().getPort();
	}

	/** The next answers, before the stub goes back to accepting. */
	synchronized void plan(Answer... answers) {
		planned.addAll(List.of(answers));
	}

	static Answer serverError() {
		return new Answer(500, """
				{"Code":"isp.SYSTEM_ERROR","Message":"系统繁忙","RequestId":"stub-500"}""");
	}

	static Answer refused(String code) {
		return new Answer(200, """
				{"Code":"%s","Message":"refused by the stub","RequestId":"stub-refused"}""".formatted(code));
	}

	List<Request> requests() {
		return List.copyOf(requests);
	}

	List<Request> requestsTo(String phone) {
		return requests.stream().filter(r -> phone.equals(r.param("PhoneNumbers"))).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.readAllBytes();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
		requests.add(new Request(exchange.getRequestMethod(), query(exchange.getRequestURI().getRawQuery()), headers));
		Answer answer;
		synchronized (this) {
			answer = planned.isEmpty() ? new Answer(200, """
					{"Code":"OK","Message":"OK","BizId":"biz-%d","RequestId":"stub-ok"}""".formatted(++accepted))
					: planned.poll();
		}
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
		exchange.sendResponseHeaders(answer.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> params = new LinkedHashMap<>();
		if (raw == null) {
			return params;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
