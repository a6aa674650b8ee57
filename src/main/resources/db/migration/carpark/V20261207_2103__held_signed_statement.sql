-- The held vehicle's owner signs the written statement on the phone's signature pad (issue 14,
-- R12.3; seed 001 item 8 "书面说明留存,车主签字确认"): the statement's text is kept beside the signature's
-- picture (file_id); an uploaded copy of a paper statement has no text here.
alter table held_vehicle_document add column statement varchar(500);
