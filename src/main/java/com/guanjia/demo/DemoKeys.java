package com.guanjia.demo;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.keys.KeyCommands;
import com.guanjia.keys.KeyItemView;
import com.guanjia.keys.KeyKind;
import com.guanjia.keys.KeyLoans;
import com.guanjia.keys.KeyRegister;
import com.guanjia.keys.MailDesk;
import com.guanjia.keys.MailKind;
import com.guanjia.keys.StockTakeView;
import com.guanjia.keys.StockTakes;
import com.guanjia.shared.ResultPage;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 阳光花园's key register and mail desk (R10.1, R10.3, issue 12). The register holds the
 * keys, resident cards and intercom handsets of the flats {@link DemoMoveIns} hands over
 * and the keys of the flats in custody, each numbered on its hook; this month's
 * stock-take is closed with one custody key not found — flagged missing until it turns
 * up. At the desk wait a letter, a parcel and a registered letter (each resident told
 * once through the outbox); a parcel was collected this morning and a letter put in its
 * box.
 */
@Component
class DemoKeys {

	private final KeyRegister register;

	private final KeyLoans loans;

	private final StockTakes stockTakes;

	private final MailDesk mail;

	private final UnitManagement units;

	DemoKeys(KeyRegister register, KeyLoans loans, StockTakes stockTakes, MailDesk mail, UnitManagement units) {
		this.register = register;
		this.loans = loans;
		this.stockTakes = stockTakes;
		this.mail = mail;
		this.units = units;
	}

	/**
	 * Registers a flat's items on the hooks of {@code cabinet}: {@code keys} unit keys
	 * numbered {@code <unit>-1…}, and for a flat being handed over (cabinet A) its
	 * resident card and intercom handset.
	 */
	List<KeyItemView> stock(long community, UnitView unit, String cabinet, int keys) {
		String code = unit.label().replace("-", "");
		List<KeyItemView> items = new ArrayList<>();
		for (int i = 1; i <= keys; i++) {
			items.add(item(community, unit, KeyKind.UNIT_KEY, code + "-" + i, cabinet));
		}
		if (cabinet.equals("A")) {
			items.add(item(community, unit, KeyKind.RESIDENT_CARD, "ZHK" + code, cabinet));
			items.add(item(community, unit, KeyKind.INTERCOM_HANDSET, "DJ" + code, cabinet));
		}
		return items;
	}

	/** Lends the key to the person whose ID card was checked; {@code back}: returned. */
	void lend(long itemId, String idCardNumber, String purpose, boolean back) {
		long loan = loans.lend(itemId, new KeyCommands.LendKey(idCardNumber, purpose)).id();
		if (back) {
			loans.giveBack(loan);
		}
	}

	/** This month's stock-take, closed, and the mail at the desk. */
	void seed(long community) {
		StockTakeView count = stockTakes.start(community);
		boolean missed = false;
		for (StockTakeView.Line line : count.lines()) {
			if (line.expected().countedByHand()) {
				boolean lost = !missed && line.kind() == KeyKind.UNIT_KEY && line.place() != null
						&& line.place().startsWith("B");
				missed |= lost;
				stockTakes.count(count.id(), line.itemId(), !lost, lost ? "挂钩上未找到，待查" : null);
			}
		}
		stockTakes.close(count.id());

		List<UnitView> flats = units
			.list(community, new UnitFilter(null, UnitState.OCCUPIED, null, null), new ResultPage.Request(0, 60))
			.items();
		if (flats.size() < 60) {
			return;
		}
		log(community, flats.get(40), MailKind.LETTER, "中国银行信用卡中心", null);
		log(community, flats.get(44), MailKind.PARCEL, "京东物流", "JD0098765432101");
		log(community, flats.get(47), MailKind.REGISTERED, "深圳市南山区人民法院", "XA12345678944");
		long collected = log(community, flats.get(52), MailKind.PARCEL, "顺丰速运", "SF1402387765210");
		mail.handOver(collected, "业主本人");
		mail.box(log(community, flats.get(57), MailKind.LETTER, "深圳市燃气集团", null));
	}

	private KeyItemView item(long community, UnitView unit, KeyKind kind, String number, String cabinet) {
		return register.register(community, new KeyCommands.RegisterItem(unit.id(), kind, number,
				cabinet + "柜" + (register.list(community, null, null, null).size() + 1) + "号钩"));
	}

	private long log(long community, UnitView unit, MailKind kind, String sender, @Nullable String trackingNo) {
		return mail.log(community, new KeyCommands.LogMail(unit.id(), kind, null, sender, trackingNo)).id();
	}

}
