package com.guanjia.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the keys of {@link PersonalDataCipher} come from (issue 9 item 15).
 * <ul>
 * <li>{@code guanjia.crypto.key} and {@code guanjia.crypto.hash-key} (base64, 32 bytes
 * each; e.g. from the environment or a secret store), with {@code guanjia.crypto.key-id}
 * (default 1) and {@code guanjia.crypto.previous-keys.<id>} for keys being rotated out;
 * </li>
 * <li>else, on the embedded database with a throw-away data directory, random keys that
 * live as long as the process;</li>
 * <li>else, on the embedded database, generated once into {@code guanjia.crypto.key-dir}
 * (default {@code ./data/keys}, beside the database's data): {@code idcard.key} and
 * {@code idcard-hash.key}, readable by the owner only;</li>
 * <li>an external database ({@code spring.datasource.url}) needs the keys configured: the
 * application refuses to start without them, unless
 * {@code guanjia.crypto.generate-keys=true} says to generate them into the key directory
 * (which must then be kept and backed up with the database, apart from its dumps).</li>
 * </ul>
 * Losing the keys loses the ID numbers; a backup of the database is useless without them.
 */
@Configuration(proxyBeanMethods = false)
class CryptoKeys {

	private static final Logger log = LoggerFactory.getLogger(CryptoKeys.class);

	@Bean
	PersonalDataCipher personalDataCipher(Environment env, @Value("${guanjia.crypto.key:}") String key,
			@Value("${guanjia.crypto.hash-key:}") String hashKey, @Value("${guanjia.crypto.key-id:1}") int keyId,
			@Value("${guanjia.crypto.key-dir:./data/keys}") String keyDir,
			@Value("${guanjia.crypto.generate-keys:false}") boolean generate,
			@Value("${guanjia.embedded-db.data-dir:}") String embeddedDataDir) {
		Map<Integer, byte[]> keys = new HashMap<>();
		String prefix = "guanjia.crypto.previous-keys.";
		for (int id = 1; id <= 255; id++) {
			String previous = env.getProperty(prefix + id);
			if (previous != null && !previous.isBlank()) {
				keys.put(id, decode(prefix + id, previous));
			}
		}
		if (!key.isBlank() || !hashKey.isBlank()) {
			if (key.isBlank() || hashKey.isBlank()) {
				throw new IllegalStateException("Set both guanjia.crypto.key and guanjia.crypto.hash-key");
			}
			keys.put(keyId, decode("guanjia.crypto.key", key));
			return new PersonalDataCipher(keyId, keys, decode("guanjia.crypto.hash-key", hashKey));
		}
		String url = env.getProperty("spring.datasource.url", "embedded");
		if (!"embedded".equals(url) && !generate) {
			throw new IllegalStateException("An external database needs the keys that encrypt ID numbers: set "
					+ "guanjia.crypto.key and guanjia.crypto.hash-key (base64 of 32 random bytes each, e.g. "
					+ "`openssl rand -base64 32`), or guanjia.crypto.generate-keys=true to generate them into "
					+ "guanjia.crypto.key-dir (" + keyDir + ") and keep that directory safe");
		}
		if ("embedded".equals(url) && embeddedDataDir.isBlank()) {
			// A throw-away database (benches, demos): throw-away keys.
			keys.put(keyId, random());
			return new PersonalDataCipher(keyId, keys, random());
		}
		Path dir = Path.of(keyDir).toAbsolutePath();
		keys.put(keyId, load(dir.resolve("idcard.key")));
		return new PersonalDataCipher(keyId, keys, load(dir.resolve("idcard-hash.key")));
	}

	/**
	 * The key in the file, generated (32 random bytes, owner-only) when there is none.
	 */
	static byte[] load(Path file) {
		try {
			if (!Files.exists(file)) {
				Path dir = file.getParent();
				if (!Files.exists(dir)) {
					Files.createDirectories(dir);
					restrict(dir, "rwx------");
				}
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Path temp = Files.createTempFile(dir, ".key-", ".tmp");
				restrict(temp, "rw-------");
				Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
				try {
					Files.move(temp, file);
					log.warn("Generated the key {}: keep it with the data and back it up apart from the database "
							+ "dumps; without it the ID numbers cannot be read", file);
				}
				catch (FileAlreadyExistsException ex) {
					// Another instance on the same directory was first: use its key.
					Files.deleteIfExists(temp);
				}
			}
			return decode(file.toString(), Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the key " + file, ex);
		}
	}

	private static byte[] random() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the directory's own ACL applies.
		}
	}

	private static byte[] decode(String name, String base64) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not base64", ex);
		}
	}

}
