-- R3.6 (seed 001 3.5: "由工程部長或班長分配工作任務，簽發《派工單》… 由工程部長或班長對其作業進行檢驗"):
-- a department has its head (department.lead_staff_id, 部长) and any number of shift leads (班长).
-- Each is an enabled member of that department; DepartmentLeads removes one who is disabled or moved.
create table department_shift_lead (
    community_id  bigint not null,
    department_id bigint not null,
    staff_id      bigint not null references staff (id),
    primary key (community_id, department_id, staff_id),
    foreign key (community_id, department_id) references department (community_id, id)
);
create index department_shift_lead_staff_idx on department_shift_lead (staff_id);
