package com.guanjia.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (issue 9 item 15, R1.3): AES-256-GCM from the JDK, a
 * random 96-bit nonce per value, and the id of the key in the first byte of the stored
 * value — {@code [key id][nonce 12][ciphertext + tag 16]} — so a value written under an
 * older key can still be read after a rotation and re-encrypted under the current one
 * (docs/decisions/0011). {@link #hash} is an HMAC-SHA256 under a second key: equal values
 * hash equal, so an exact lookup (and a unique index) works without the clear value in
 * the database.
 */
public final class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final int currentKeyId;

	private final Map<Integer, SecretKey> keys;

	private final SecretKey hashKey;

	/**
	 * {@code keys} by id (1–255), the current one among them; {@code hashKey} for
	 * {@link #hash}.
	 */
	public PersonalDataCipher(int currentKeyId, Map<Integer, byte[]> keys, byte[] hashKey) {
		if (!keys.containsKey(currentKeyId)) {
			throw new IllegalArgumentException("no key with the current id " + currentKeyId);
		}
		keys.forEach((id, key) -> {
			if (id < 1 || id > 255 || (key.length != 16 && key.length != 24 && key.length != 32)) {
				throw new IllegalArgumentException("key " + id + ": ids are 1-255 and AES keys 16, 24 or 32 bytes");
			}
		});
		if (hashKey.length < 32) {
			throw new IllegalArgumentException("the hash key must have at least 32 bytes");
		}
		this.currentKeyId = currentKeyId;
		this.keys = Map.copyOf(keys.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					e -> (SecretKey) new SecretKeySpec(e.getValue(), "AES"))));
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	public int currentKeyId() {
		return currentKeyId;
	}

	public byte[] encrypt(String clear) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
				.put((byte) currentKeyId)
				.put(nonce)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt", ex);
		}
	}

	/** The clear value; fails when the value was changed or its key is not configured. */
	public String decrypt(byte[] stored) {
		int keyId = keyIdOf(stored);
		SecretKey key = keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("personal data encrypted under key " + keyId
					+ ", which is not configured (guanjia.crypto.previous-keys)");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt personal data (wrong key or changed value)", ex);
		}
	}

	/** The id of the key a stored value was encrypted under. */
	public static int keyIdOf(byte[] stored) {
		return stored[0] & 0xFF;
	}

	/**
	 * Whether a stored value is under the current key (else a rotation re-encrypts it).
	 */
	public boolean isCurrent(byte[] stored) {
		return keyIdOf(stored) == currentKeyId;
	}

	/**
	 * HMAC-SHA256 of the value under the hash key: for exact lookup, never reversible.
	 */
	public byte[] hash(String clear) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return mac.doFinal(clear.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot hash", ex);
		}
	}

}
