package com.guanjia.residents;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based SQL of the owner import: one statement per chunk of rows, arrays bound with
 * unnest.
 */
@Repository
class OwnerImportRepository {

	static final int CHUNK = 5000;

	private final JdbcClient jdbc;

	private final IdCards idCards;

	OwnerImportRepository(JdbcClient jdbc, IdCards idCards) {
		this.jdbc = jdbc;
		this.idCards = idCards;
	}

	record Existing(String key, long id, String name) {
	}

	record CurrentOwnership(long unitId, long partyId, @Nullable BigDecimal share) {
	}

	List<Existing> existingParties(long communityId, List<PartyCommand> parties) {
		List<String> numbers = new ArrayList<>();
		List<String> creditCodes = new ArrayList<>();
		for (PartyCommand p : parties) {
			if (p.kind() == PartyKind.COMPANY) {
				creditCodes.add(p.normalizedCreditCode());
			}
			else {
				numbers.add(p.normalizedIdCard());
			}
		}
		List<Existing> found = new ArrayList<>();
		if (!numbers.isEmpty()) {
			// Looked up by keyed hash (issue 9 item 15): the number itself is not stored.
			Map<ByteBuffer, String> byHash = new HashMap<>();
			numbers.stream().distinct().forEach(n -> byHash.put(ByteBuffer.wrap(idCards.hash(n)), n));
			found.addAll(jdbc.sql("""
					select p.id, p.name, p.id_card_hash from party p join unnest(cast(? as bytea[])) as k(hash)
					  on p.id_card_hash = k.hash
					where p.community_id = ?""")
				.params(byHash.keySet().stream().map(ByteBuffer::array).toArray(byte[][]::new), communityId)
				.query((rs, i) -> new Existing("P" + byHash.get(ByteBuffer.wrap(rs.getBytes(3))), rs.getLong(1),
						rs.getString(2)))
				.list());
		}
		if (!creditCodes.isEmpty()) {
			found.addAll(jdbc.sql("""
					select p.id, p.name, p.credit_code from party p join unnest(cast(? as text[])) as k(code)
					  on p.credit_code = k.code
					where p.community_id = ?""")
				.params(creditCodes.stream().distinct().toArray(String[]::new), communityId)
				.query((rs, i) -> new Existing("C" + rs.getString(3), rs.getLong(1), rs.getString(2)))
				.list());
		}
		return found;
	}

	List<CurrentOwnership> currentOwnerships(long communityId, Collection<Long> unitIds) {
		return jdbc.sql("""
				select unit_id, party_id, share from ownership
				where community_id = ? and unit_id = any(?) and ended_on is null""")
			.params(communityId, unitIds.toArray(Long[]::new))
			.query((rs, i) -> new CurrentOwnership(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
			.list();
	}

	/** Inserts the parties and their phones; returns the new id per identity key. */
	Map<String, Long> insertParties(long communityId, List<PartyCommand> parties, OffsetDateTime now) {
		Map<String, Long> ids = new HashMap<>();
		for (int from = 0; from < parties.size(); from += CHUNK) {
			List<PartyCommand> part = parties.subList(from, Math.min(parties.size(), from + CHUNK));
			int n = part.size();
			String[] kinds = new String[n];
			String[] names = new String[n];
			String[] genders = new String[n];
			byte[][] encrypted = new byte[n][];
			byte[][] hashes = new byte[n][];
			String[] tails = new String[n];
			Map<ByteBuffer, String> numberOfHash = new HashMap<>();
			String[] creditCodes = new String[n];
			String[] contacts = new String[n];
			String[] notes = new String[n];
			for (int i = 0; i < n; i++) {
				PartyCommand p = part.get(i);
				kinds[i] = p.kind().name();
				names[i] = p.strippedName();
				Gender g = p.effectiveGender();
				genders[i] = g == null ? null : g.name();
				IdCards.Sealed sealed = idCards.seal(p.normalizedIdCard());
				if (sealed != null) {
					encrypted[i] = sealed.encrypted();
					hashes[i] = sealed.hash();
					tails[i] = sealed.tail();
					numberOfHash.put(ByteBuffer.wrap(sealed.hash()), p.normalizedIdCard());
				}
				creditCodes[i] = p.normalizedCreditCode();
				contacts[i] = p.strippedContactName();
				notes[i] = p.strippedNotes();
			}
			Map<String, Long> chunkIds = new HashMap<>();
			jdbc.sql(
					"""
							insert into party (community_id, kind, name, gender, id_card_enc, id_card_hash, id_card_tail,
							  credit_code, contact_name, notes, created_at)
							select :c, kind, name, gender, id_card_enc, id_card_hash, id_card_tail, credit_code, contact_name,
							  notes, :now
							from unnest(cast(:k as text[]), cast(:n as text[]), cast(:g as text[]), cast(:e as bytea[]),
							  cast(:h as bytea[]), cast(:t as text[]), cast(:cc as text[]), cast(:ct as text[]),
							  cast(:no as text[]))
							  as t(kind, name, gender, id_card_enc, id_card_hash, id_card_tail, credit_code, contact_name, notes)
							returning id, id_card_hash, credit_code""")
				.param("c", communityId)
				.param("now", now)
				.param("k", kinds)
				.param("n", names)
				.param("g", genders)
				.param("e", encrypted)
				.param("h", hashes)
				.param("t", tails)
				.param("cc", creditCodes)
				.param("ct", contacts)
				.param("no", notes)
				.query(rs -> {
					byte[] hash = rs.getBytes(2);
					chunkIds.put(hash != null ? "P" + numberOfHash.get(ByteBuffer.wrap(hash)) : "C" + rs.getString(3),
							rs.getLong(1));
				});
			insertPhones(communityId, part, chunkIds);
			ids.putAll(chunkIds);
		}
		return ids;
	}

	private void insertPhones(long communityId, List<PartyCommand> parties, Map<String, Long> ids) {
		List<Long> partyIds = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		for (PartyCommand p : parties) {
			List<String> list = p.normalizedPhones();
			for (int i = 0; i < list.size(); i++) {
				partyIds.add(ids.get(OwnerImport.key(p)));
				positions.add(i);
				phones.add(list.get(i));
			}
		}
		jdbc.sql("""
				insert into party_phone (community_id, party_id, position, phone)
				select ?, party_id, pos, phone
				from unnest(cast(? as bigint[]), cast(? as int[]), cast(? as text[])) as t(party_id, pos, phone)""")
			.params(communityId, partyIds.toArray(Long[]::new), positions.toArray(Integer[]::new),
					phones.toArray(String[]::new))
			.update();
	}

	/** Inserts one ownership per row; returns the ownership id per row number. */
	Map<Integer, Long> insertOwnerships(long communityId, List<OwnerImportRow> rows,
			Function<OwnerImportRow, Long> partyOf, LocalDate today, OffsetDateTime now) {
		Map<Integer, Long> ids = new HashMap<>();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<OwnerImportRow> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			int n = part.size();
			Long[] units = new Long[n];
			Long[] partyIds = new Long[n];
			String[] shares = new String[n];
			String[] since = new String[n];
			Integer[] rowNumbers = new Integer[n];
			for (int i = 0; i < n; i++) {
				OwnerImportRow row = part.get(i);
				units[i] = row.unitId();
				partyIds[i] = partyOf.apply(row);
				shares[i] = row.share() == null ? null : row.share().toPlainString();
				since[i] = (row.since() == null ? today : row.since()).toString();
				rowNumbers[i] = row.rowNumber();
			}
			jdbc.sql("""
					with input as (
					  select * from unnest(cast(:u as bigint[]), cast(:p as bigint[]), cast(:s as numeric[]),
					    cast(:d as date[]), cast(:r as int[])) as t(unit_id, party_id, share, since, row_number)
					), inserted as (
					  insert into ownership (community_id, unit_id, party_id, share, since, created_at)
					  select :c, unit_id, party_id, share, since, :now from input
					  returning id, unit_id, party_id
					)
					select i.row_number, o.id from inserted o
					  join input i on i.unit_id = o.unit_id and i.party_id = o.party_id""")
				.param("u", units)
				.param("p", partyIds)
				.param("s", shares)
				.param("d", since)
				.param("r", rowNumbers)
				.param("c", communityId)
				.param("now", now)
				.query(rs -> {
					ids.put(rs.getInt(1), rs.getLong(2));
				});
		}
		return ids;
	}

}
