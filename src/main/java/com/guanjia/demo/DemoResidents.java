package com.guanjia.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.residents.HouseholdMemberCommand;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.OwnerImport;
import com.guanjia.residents.OwnerImportRow;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.TenantCommand;
import com.guanjia.residents.UnifiedSocialCreditCode;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.residents.VehicleCommand;
import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.ResultPage;

import org.springframework.stereotype.Component;

/**
 * Owners for every sold unit (companies own two shops), tenants of rented units,
 * household members and cars. 3-2-1502 of 阳光花园 belongs to 王建国 (138 1234 5678), the
 * example in the README.
 */
@Component
class DemoResidents implements DemoResidentsSeeder {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "高", "梁", "郑", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹" };

	private static final String[] GIVEN = { "建国", "秀英", "桂英", "志强", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
			"勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂兰", "晓东", "海燕", "文博", "子涵", "雨轩", "思远" };

	private static final String[] PLATE_LETTERS = { "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N",
			"P" };

	private final UnitManagement units;

	private final OwnerImport owners;

	private final UnitOccupancy occupancy;

	private final HouseholdRegistry households;

	DemoResidents(UnitManagement units, OwnerImport owners, UnitOccupancy occupancy, HouseholdRegistry households) {
		this.units = units;
		this.owners = owners;
		this.occupancy = occupancy;
		this.households = households;
	}

	@Override
	public void seed(List<Long> communityIds, Random random) {
		for (int c = 0; c < communityIds.size(); c++) {
			seed(communityIds.get(c), c == 0 ? "440305" : "440304", random);
		}
	}

	private void seed(long communityId, String region, Random random) {
		List<UnitView> sold = new ArrayList<>();
		for (int page = 0;; page++) {
			ResultPage<UnitView> part = units.list(communityId, UnitFilter.none(),
					new ResultPage.Request(page, ResultPage.MAX_SIZE));
			part.items().stream().filter(u -> u.state() != UnitState.UNSOLD).forEach(sold::add);
			if (!part.hasNext()) {
				break;
			}
		}
		List<OwnerImportRow> rows = new ArrayList<>();
		int shops = 0;
		for (UnitView unit : sold) {
			PartyCommand owner;
			if ("3-2-1502".equals(unit.label())) {
				owner = PartyCommand.person("王建国", idNumber(region, LocalDate.of(1968, 5, 12), 101), "13812345678");
			}
			else if (unit.kind() == UnitKind.SHOP && shops++ < 2) {
				owner = PartyCommand.company("深圳市翠湖商贸有限公司", "91440300MA5F0000" + shops + "X", "林经理",
						"0755-8888" + String.format("%04d", 6000 + shops));
			}
			else {
				owner = PartyCommand.person(name(random), idNumber(region, birth(random), random.nextInt(999) + 1),
						mobile(random));
			}
			rows.add(new OwnerImportRow(rows.size() + 1, unit.id(), owner, null, unit.handoverDate()));
		}
		owners.importOwners(communityId, validCompanies(rows));
		for (UnitView unit : sold) {
			if (unit.state() == UnitState.RENTED) {
				occupancy.moveIn(communityId,
						new TenantCommand(unit.id(), null,
								PartyCommand.person(name(random),
										idNumber(region, birth(random), random.nextInt(999) + 1), mobile(random)),
								unit.handoverDate().plusMonths(6), unit.handoverDate().plusMonths(6 + 24)));
			}
			else if (unit.state() == UnitState.OCCUPIED && unit.kind() == UnitKind.RESIDENCE) {
				if (random.nextInt(100) < 70) {
					households.addMember(communityId,
							new HouseholdMemberCommand(unit.id(), null,
									PartyCommand.person(name(random), null, mobile(random)), HouseholdRelation.SPOUSE,
									unit.handoverDate()));
				}
				if (random.nextInt(100) < 40) {
					households.addMember(communityId,
							new HouseholdMemberCommand(
									unit.id(), null, new PartyCommand(PartyKind.PERSON, name(random), null, null,
											List.of(), null, null, null),
									HouseholdRelation.CHILD, unit.handoverDate()));
				}
				if (random.nextInt(100) < 35) {
					households.registerVehicle(communityId, new VehicleCommand(unit.id(), null, plate(random),
							random.nextBoolean() ? "大众" : "比亚迪", random.nextBoolean() ? "白色" : "黑色"));
				}
			}
		}
	}

	/** Company rows carry a real check character: computed here rather than trusted. */
	private static List<OwnerImportRow> validCompanies(List<OwnerImportRow> rows) {
		return rows.stream().map(row -> {
			PartyCommand p = row.party();
			if (p.creditCode() == null) {
				return row;
			}
			String first17 = p.creditCode().substring(0, 17);
			String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
			return new OwnerImportRow(row.rowNumber(), row.unitId(),
					PartyCommand.company(p.name(), code, p.contactName(), p.phones().toArray(String[]::new)),
					row.share(), row.since());
		}).toList();
	}

	private static String name(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

	private static LocalDate birth(Random random) {
		return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 45));
	}

	private static String mobile(Random random) {
		String[] prefixes = { "138", "139", "135", "136", "137", "150", "151", "158", "186", "188", "189", "177" };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	static String idNumber(String region, LocalDate birth, int sequence) {
		String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	private static String plate(Random random) {
		StringBuilder s = new StringBuilder("粤B");
		s.append(PLATE_LETTERS[random.nextInt(PLATE_LETTERS.length)]);
		for (int i = 0; i < 4; i++) {
			s.append(random.nextInt(10));
		}
		return s.toString();
	}

}
