-- Providers invented by the register generator (the demo profile's catalogue). The public pages mark
-- their services as illustrative; a real import of the same IČO clears the mark.
alter table catalogue_provider add column illustrative boolean default false not null;
