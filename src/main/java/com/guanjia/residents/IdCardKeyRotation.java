package com.guanjia.residents;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-encrypt job of a key rotation (issue 9 item 15, docs/decisions/0011): on start,
 * every ID number encrypted under another key than the current
 * ({@code guanjia.crypto.key-id}) is decrypted with its old key (still configured under
 * {@code guanjia.crypto.previous-keys.<id>}) and encrypted under the current one, a
 * thousand rows per transaction. Idempotent: with nothing to rotate it is one query. The
 * hash key does not rotate this way (the hashes would all change at once); see the
 * decision.
 */
@Component
class IdCardKeyRotation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdCardKeyRotation.class);

	private final JdbcClient jdbc;

	private final IdCards idCards;

	private final TransactionTemplate transactions;

	IdCardKeyRotation(JdbcClient jdbc, IdCards idCards, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.idCards = idCards;
		this.transactions = transactions;
	}

	record Row(long communityId, long id, byte[] encrypted) {
	}

	@Override
	public void run(ApplicationArguments args) {
		int total = 0;
		int done;
		do {
			done = rotateChunk(1000);
			total += done;
		}
		while (done > 0);
		if (total > 0) {
			log.info("Re-encrypted {} ID numbers under key {}", total, idCards.currentKeyId());
		}
	}

	/** Re-encrypts up to {@code limit} rows under the current key; returns how many. */
	int rotateChunk(int limit) {
		Integer count = transactions.execute(status -> {
			List<Row> rows = jdbc.sql("""
					select community_id, id, id_card_enc from party
					where id_card_enc is not null and get_byte(id_card_enc, 0) <> ?
					limit ? for update skip locked""")
				.params(idCards.currentKeyId(), limit)
				.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
				.list();
			for (Row row : rows) {
				IdCards.Sealed sealed = idCards.seal(idCards.open(row.encrypted()));
				jdbc.sql("update party set id_card_enc = ? where community_id = ? and id = ?")
					.params(sealed.encrypted(), row.communityId(), row.id())
					.update();
			}
			return rows.size();
		});
		return count == null ? 0 : count;
	}

}
