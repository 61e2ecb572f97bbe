-- Process: documents of the library attached to a meeting as its materials (podklady).
create table meeting_attachment (
    meeting_id      bigint        not null references meeting (id),
    document_id     bigint        not null references document (id),
    constraint pk_meeting_attachment primary key (meeting_id, document_id)
);
