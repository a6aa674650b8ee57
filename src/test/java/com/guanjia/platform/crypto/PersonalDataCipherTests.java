package com.guanjia.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 9 item 15: AES-GCM with a random nonce per value and the key id in front, so a
 * rotated key still reads old values; an HMAC for exact lookup; keys generated owner-only
 * into the data directory; an external database refuses to start without configured keys.
 */
class PersonalDataCipherTests {

	static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	@Test
	void encryptsWithARandomNonceAndReadsBack() {
		PersonalDataCipher cipher = new PersonalDataCipher(1, Map.of(1, key()), key());
		byte[] a = cipher.encrypt("11010519491231002X");
		byte[] b = cipher.encrypt("11010519491231002X");
		assertThat(a).isNotEqualTo(b);
		assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("1101051949");
		assertThat(cipher.decrypt(a)).isEqualTo("11010519491231002X");
		assertThat(cipher.hash("11010519491231002X")).isEqualTo(cipher.hash("11010519491231002X"))
			.hasSize(32)
			.isNotEqualTo(cipher.hash("110105194912310021"));
		a[20] ^= 1;
		assertThatThrownBy(() -> cipher.decrypt(a)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRotatedKeyStillReadsValuesOfThePreviousOne() {
		byte[] one = key();
		byte[] hash = key();
		byte[] old = new PersonalDataCipher(1, Map.of(1, one), hash).encrypt("11010519491231002X");
		PersonalDataCipher rotated = new PersonalDataCipher(2, Map.of(1, one, 2, key()), hash);
		assertThat(PersonalDataCipher.keyIdOf(old)).isEqualTo(1);
		assertThat(rotated.isCurrent(old)).isFalse();
		assertThat(rotated.decrypt(old)).isEqualTo("11010519491231002X");
		assertThat(PersonalDataCipher.keyIdOf(rotated.encrypt("x"))).isEqualTo(2);
		assertThatThrownBy(() -> new PersonalDataCipher(2, Map.of(2, key()), hash).decrypt(old))
			.hasMessageContaining("previous-keys");
	}

	@Test
	void generatesKeysOwnerOnlyIntoTheDataDirectoryOnce(@TempDir Path data) throws Exception {
		Path file = data.resolve("keys/idcard.key");
		byte[] first = CryptoKeys.load(file);
		assertThat(first).hasSize(32);
		assertThat(CryptoKeys.load(file)).isEqualTo(first);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void anExternalDatabaseNeedsConfiguredKeys(@TempDir Path data) {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
		assertThatThrownBy(() -> new CryptoKeys().personalDataCipher(env, "", "", 1, data.toString(), false, ""))
			.hasMessageContaining("guanjia.crypto.key");
		assertThat(new CryptoKeys().personalDataCipher(env, "", "", 1, data.toString(), true, "")).isNotNull();
		assertThat(data.resolve("idcard.key")).exists();
	}

}
