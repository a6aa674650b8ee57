package com.guanjia.notifications;

import org.jspecify.annotations.Nullable;

/**
 * What a sender answers for a message it took: which provider, the provider's reference
 * (Alibaba Cloud's BizId, the e-mail's Message-ID), and whether it only went to the log.
 */
record SendReceipt(String provider, @Nullable String reference, boolean loggedOnly) {

	static SendReceipt sent(String provider, @Nullable String reference) {
		return new SendReceipt(provider, reference, false);
	}

	static SendReceipt logged() {
		return new SendReceipt(LogOnlySender.NAME, null, true);
	}

}
