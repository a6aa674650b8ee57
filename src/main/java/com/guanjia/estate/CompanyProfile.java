package com.guanjia.estate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The property-service company that runs the communities, as receipts and letters name it
 * (收款单位, the sender of a demand letter) with the number residents call. Configured with
 * {@code guanjia.company.name} and {@code guanjia.company.phone}.
 */
@Component
@NamedInterface("api")
public class CompanyProfile {

	private final String name;

	private final String phone;

	CompanyProfile(@Value("${guanjia.company.name:管家物业服务有限公司}") String name,
			@Value("${guanjia.company.phone:400-000-0000}") String phone) {
		this.name = name;
		this.phone = phone;
	}

	public String name() {
		return name;
	}

	/** The customer-service number residents call. */
	public String phone() {
		return phone;
	}

}
