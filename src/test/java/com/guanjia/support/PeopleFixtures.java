package com.guanjia.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.guanjia.residents.AuthorisationCommand;
import com.guanjia.residents.AuthorisationView;
import com.guanjia.residents.Authorisations;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.OwnershipView;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.ResidentManagement;
import com.guanjia.residents.TenantCommand;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.shared.IdCardNumber;

import org.springframework.stereotype.Component;

/**
 * Owners, tenants, other people and owners' authorisations with valid, unique ID numbers
 * and mobiles, registered through the residents module as an administrator.
 */
@Component
public class PeopleFixtures {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 90000));

	private final UnitOccupancy occupancy;

	private final ResidentManagement residents;

	private final Authorisations authorisations;

	PeopleFixtures(UnitOccupancy occupancy, ResidentManagement residents, Authorisations authorisations) {
		this.occupancy = occupancy;
		this.residents = residents;
		this.authorisations = authorisations;
	}

	/** A person as registered: the party and the ID number and mobile they carry. */
	public record Person(long partyId, String name, String idCard, String mobile) {
	}

	/** A valid Chinese ID number (GB 11643) no other test uses. */
	public static String idNumber() {
		int n = SEQ.incrementAndGet();
		String first17 = "4403" + String.format("%02d", (n / 1000) % 90 + 10) + "19900101"
				+ String.format("%03d", n % 1000);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	public static String mobile() {
		return "139" + String.format("%08d", SEQ.incrementAndGet());
	}

	public Person owner(long communityId, long unitId, String name) {
		String id = idNumber();
		String phone = mobile();
		OwnershipView o = Fixtures.as(Fixtures.ROOT, () -> occupancy.registerOwner(communityId,
				new OwnerCommand(unitId, null, PartyCommand.person(name, id, phone), null, null)));
		return new Person(o.partyId(), name, id, phone);
	}

	public Person tenant(long communityId, long unitId, String name) {
		String id = idNumber();
		String phone = mobile();
		var t = Fixtures.as(Fixtures.ROOT, () -> occupancy.moveIn(communityId,
				new TenantCommand(unitId, null, PartyCommand.person(name, id, phone), null, null)));
		return new Person(t.partyId(), name, id, phone);
	}

	/** Someone registered in the community but tied to no unit. */
	public Person person(long communityId, String name) {
		String id = idNumber();
		String phone = mobile();
		var r = Fixtures.as(Fixtures.ROOT, () -> residents.register(communityId, PartyCommand.person(name, id, phone)));
		return new Person(r.id(), name, id, phone);
	}

	public AuthorisationView authorise(long communityId, long unitId, Person owner, Person proxy) {
		return Fixtures.as(Fixtures.ROOT, () -> authorisations.record(communityId, new AuthorisationCommand(unitId,
				owner.partyId(), proxy.partyId(), null, "代办入伙、借用钥匙", LocalDate.of(2026, 1, 1), null, null)));
	}

}
