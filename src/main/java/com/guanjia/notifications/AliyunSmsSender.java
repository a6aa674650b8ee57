package com.guanjia.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.guanjia.notifications.NotificationProperties.Aliyun;

/**
 * Sends SMS through Alibaba Cloud SMS (短信服务, dysmsapi 2017-05-25) with its official SDK:
 * the template of the message's kind, the sign name (shown as 【管家】) and the message's
 * arguments as the template's variables. The SDK's own retries are off; the outbox
 * retries with backoff. An answer other than {@code OK} is a failure, permanent for the
 * codes that no retry can fix (a wrong number, template or signature).
 */
final class AliyunSmsSender implements MessageSender {

	static final String NAME = "aliyun";

	/** Error codes a retry cannot fix (Alibaba Cloud SMS error code list). */
	static final Set<String> PERMANENT = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.SMS_TEMPLATE_ILLEGAL",
			"isv.SMS_SIGNATURE_ILLEGAL", "isv.SMS_SIGN_ILLEGAL", "isv.TEMPLATE_MISSING_PARAMETERS",
			"isv.INVALID_PARAMETERS", "isv.INVALID_JSON_PARAM", "isv.PARAM_LENGTH_LIMIT", "isv.PARAM_NOT_SUPPORT_URL",
			"isv.BLACK_KEY_CONTROL_LIMIT", "isv.MOBILE_COUNT_OVER_LIMIT", "isv.ACCOUNT_NOT_EXISTS",
			"isv.ACCOUNT_ABNORMAL", "isv.DENY_IP_RANGE", "InvalidAccessKeyId.NotFound", "SignatureDoesNotMatch");

	private final Client client;

	private final String signName;

	private final NotificationProperties.Templates templates;

	AliyunSmsSender(Aliyun settings, String signName) {
		if (blank(settings.accessKeyId()) || blank(settings.accessKeySecret())) {
			throw new IllegalStateException("guanjia.notifications.sms.provider=aliyun needs an AccessKey: set "
					+ "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET");
		}
		Config config = new Config().setAccessKeyId(settings.accessKeyId())
			.setAccessKeySecret(settings.accessKeySecret())
			.setEndpoint(settings.endpoint())
			.setProtocol(settings.protocol())
			.setConnectTimeout(5_000)
			.setReadTimeout(10_000);
		try {
			this.client = new Client(config);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot set up the Alibaba Cloud SMS client", ex);
		}
		this.signName = signName;
		this.templates = settings.templates();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public SendReceipt send(OutgoingMessage message) throws SendFailure {
		if (message.phone() == null) {
			throw SendFailure.permanent("no recipient phone");
		}
		SmsKind kind = SmsKind.of(String.valueOf(message.messageKey()))
			.orElseThrow(() -> SendFailure.permanent("no SMS template for message " + message.messageKey()));
		String template = templates.of(kind);
		if (blank(template)) {
			throw SendFailure
				.permanent("no template code configured for " + kind + " (guanjia.notifications.sms.aliyun.templates)");
		}
		SendSmsRequest request = new SendSmsRequest().setPhoneNumbers(message.phone())
			.setSignName(signName)
			.setTemplateCode(template)
			.setTemplateParam(templateParam(kind, message.args()))
			.setOutId(String.valueOf(message.id()));
		RuntimeOptions runtime = new RuntimeOptions();
		runtime.autoretry = false;
		SendSmsResponseBody body;
		try {
			body = client.sendSmsWithOptions(request, runtime).getBody();
		}
		catch (TeaException ex) {
			throw new SendFailure(ex.getCode() + ": " + ex.getMessage(), PERMANENT.contains(ex.getCode()), ex);
		}
		catch (Exception ex) {
			throw new SendFailure(ex.getClass().getSimpleName() + ": " + ex.getMessage(), false, ex);
		}
		if (body == null || !"OK".equals(body.getCode())) {
			String code = body == null ? "?" : body.getCode();
			throw new SendFailure(code + ": " + (body == null ? "no answer" : body.getMessage()),
					PERMANENT.contains(code));
		}
		return SendReceipt.sent(NAME, body.getBizId());
	}

	/** The template's variables as JSON, {"number":"WO-1","code":"1234"}. */
	static String templateParam(SmsKind kind, List<String> args) throws SendFailure {
		if (args.size() != kind.variables().size()) {
			throw SendFailure.permanent(kind + " takes " + kind.variables().size() + " values, got " + args.size());
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			values.put(kind.variables().get(i), args.get(i));
		}
		return com.aliyun.teautil.Common.toJSONString(values);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
