package com.guanjia.cashier.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;

/**
 * The cashier's payment form; its idempotency key is made when the form is shown, so a
 * double submit pays once.
 */
public class PaymentForm {

	private List<Long> lineIds = new ArrayList<>();

	private PaymentMethod method = PaymentMethod.CASH;

	private BigDecimal tendered;

	private BigDecimal prepayment;

	private String reference;

	private String idempotencyKey = UUID.randomUUID().toString();

	PaymentCommand toCommand(long unitId) {
		return new PaymentCommand(unitId, lineIds, method, tendered, prepayment, reference, idempotencyKey);
	}

	public List<Long> getLineIds() {
		return lineIds;
	}

	public void setLineIds(List<Long> lineIds) {
		this.lineIds = lineIds == null ? new ArrayList<>() : lineIds;
	}

	public PaymentMethod getMethod() {
		return method;
	}

	public void setMethod(PaymentMethod method) {
		this.method = method;
	}

	public BigDecimal getTendered() {
		return tendered;
	}

	public void setTendered(BigDecimal tendered) {
		this.tendered = tendered;
	}

	public BigDecimal getPrepayment() {
		return prepayment;
	}

	public void setPrepayment(BigDecimal prepayment) {
		this.prepayment = prepayment;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
