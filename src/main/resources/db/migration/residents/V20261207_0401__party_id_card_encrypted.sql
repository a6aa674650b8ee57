-- ID-card numbers at rest (issue 9 item 15): encrypted with AES-GCM by the application
-- (id_card_enc: key id, nonce, ciphertext and tag), a keyed HMAC-SHA256 for finding and for
-- refusing a second party with the same number (id_card_hash), and the last four characters for
-- the search box (id_card_tail), which every masked view shows anyway. The Java migration
-- 0402 (residents.V20261207_0402__Encrypt_id_cards) fills them from the clear column and 0403
-- drops it.
alter table party
    add column id_card_enc  bytea,
    add column id_card_hash bytea,
    add column id_card_tail varchar(4);
create unique index party_id_card_hash_uk on party (community_id, id_card_hash) where id_card_hash is not null;
create index party_id_card_tail_idx on party (community_id, id_card_tail) where id_card_tail is not null;
