-- How an exit was recorded (issue 14, R12.1): at the gate by the guard, from the paper register
-- afterwards (补录), or by a plate-recognition camera on an automatic lane (seed 001 item 7). A
-- guard's exit requires the driver and record checked and, when the entry handed a pass, the pass
-- taken back; a camera's exit records neither and is allowed only where no pass was handed.
-- Stays that left before this column: a camera's when its actor says so, the gate's otherwise.
alter table parking_stay add column exit_source varchar(8);
update parking_stay set exit_source = case when exited_by like 'camera:%' then 'CAMERA' else 'GATE' end
 where exited_at is not null;
