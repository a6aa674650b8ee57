-- The clear ID-card numbers are encrypted (0402); the column goes, with its unique index and
-- its check. A party of a company has no number, encrypted or not.
drop index if exists party_id_card_uk;
alter table party drop column id_card;
alter table party add constraint party_id_card_person_check
    check (kind = 'PERSON' or (id_card_enc is null and id_card_hash is null and id_card_tail is null));
