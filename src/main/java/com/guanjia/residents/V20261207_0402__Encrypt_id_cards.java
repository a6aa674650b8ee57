package com.guanjia.residents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Encrypts the ID-card numbers stored in clear before issue 9 item 15: fills
 * {@code id_card_enc}, {@code id_card_hash} and {@code id_card_tail} of every party that
 * has a clear {@code id_card} and none encrypted yet, in its own transaction, so a rerun
 * after a failure continues where it stopped. A Spring bean (Spring Boot hands every
 * {@code JavaMigration} bean to Flyway) so it uses the configured keys; migration 0403
 * then drops the clear column.
 */
@Component
class V20261207_0402__Encrypt_id_cards extends BaseJavaMigration {

	private final IdCards idCards;

	V20261207_0402__Encrypt_id_cards(IdCards idCards) {
		this.idCards = idCards;
	}

	/** Read the rows a thousand at a time, not all at once. */
	private static Statement stream(Statement statement) throws java.sql.SQLException {
		statement.setFetchSize(1000);
		return statement;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement(); PreparedStatement update = connection.prepareStatement("""
				update party set id_card_enc = ?, id_card_hash = ?, id_card_tail = ?
				where community_id = ? and id = ?"""); ResultSet rs = stream(select).executeQuery("""
				select community_id, id, id_card from party
				where id_card is not null and id_card_enc is null""")) {
			int batch = 0;
			while (rs.next()) {
				IdCards.Sealed sealed = idCards.seal(rs.getString(3));
				update.setBytes(1, sealed.encrypted());
				update.setBytes(2, sealed.hash());
				update.setString(3, sealed.tail());
				update.setLong(4, rs.getLong(1));
				update.setLong(5, rs.getLong(2));
				update.addBatch();
				if (++batch % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}

}
