package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.guanjia.keys.KeyEvents.MailLogged;
import com.guanjia.keys.MailKind;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.PeopleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R10.3: the owners are told of a letter once, however often the event is delivered (the
 * publication registry resubmits after a crash): the outbox is keyed by the item and the
 * phone.
 */
@GuanjiaTest
class MailNoticeTests {

	@Autowired
	MailNotices notices;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRedeliveredArrivalSendsNothingTwice() {
		long community = fixtures.community("阳光花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		people.owner(community, unit, "王建国");
		MailLogged arrived = new MailLogged(community, 987654, unit, "3-2-1502", MailKind.LETTER);
		notices.tell(arrived);
		notices.tell(arrived);
		notices.tell(arrived);
		assertThat(jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key like ?")
			.params(community, "mail:987654:%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void withoutAnOwnersMobileTheDeskIsAskedToCall() {
		long community = fixtures.community("阳光花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		notices.tell(new MailLogged(community, 987655, unit, "3-2-1502", MailKind.PARCEL));
		assertThat(jdbc.sql("select count(*) from notification where community_id = ? and event_key = ?")
			.params(community, "mail-unsent:987655")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
