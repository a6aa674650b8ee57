package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.guanjia.support.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 item 6: an upload larger than the configured request limit (20 MB) is refused
 * with 413 and a sentence naming the limit — problem details on the API, a page in the
 * console, an alert for htmx — from its declared length, before anything reads the body
 * (so before the CSRF check, which would otherwise parse it and answer 403, and before
 * sign-in: nothing is saved). A real server, since MockMvc has no multipart limits.
 */
@ServerTest
class UploadLimitTests {

	static final long TOO_LARGE = 25L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void theApiAnswers413ProblemDetailsNamingTheLimit() throws IOException {
		String answer = post("/api/units/1/documents", "");
		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(answer).contains("\"status\":413", "20 MB", "\"field\":\"file\"");
	}

	@Test
	void aPageAnswers413WithAFriendlyPage() throws IOException {
		String answer = post("/imports", "");
		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).contains("上传的内容超过了 20 MB 的上限", "upload-too-large");
	}

	@Test
	void htmxGetsTheMessageInTheFlashArea() throws IOException {
		String answer = post("/units/1/documents", "HX-Request: true\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(answer).containsIgnoringCase("HX-Retarget: #flash").contains("20 MB");
	}

	/**
	 * Sends only the head of a multipart POST declaring a 25 MB body and a first part,
	 * and reads the answer: the server must answer without waiting for the rest.
	 */
	private String post(String path, String extraHeaders) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			String boundary = "guanjia-boundary";
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
					+ "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + TOO_LARGE
					+ "\r\nAccept-Language: zh-CN\r\n" + extraHeaders + "\r\n--" + boundary + "\r\n"
					+ "Content-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
				.getBytes(StandardCharsets.UTF_8));
			out.write(new byte[64 * 1024]);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int n;
			try {
				while ((n = in.read(buffer)) > 0) {
					answer.write(buffer, 0, n);
					if (answer.toString(StandardCharsets.UTF_8).contains("</html>")
							|| answer.toString(StandardCharsets.UTF_8).endsWith("}]}")
							|| answer.toString(StandardCharsets.UTF_8).contains("</div>")) {
						break;
					}
				}
			}
			catch (IOException ex) {
				// The server closes the connection after answering; what was read is the
				// answer.
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
