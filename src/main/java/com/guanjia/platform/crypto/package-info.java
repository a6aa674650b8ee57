/**
 * Encryption of personal data at rest (issue 9 item 15): AES-GCM with keys from the
 * configuration or generated into the data directory, and a keyed hash for exact lookup.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.crypto;
