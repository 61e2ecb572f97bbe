-- The citation table (V36) is created before strategy_node (V50), so its foreign key comes here.
-- Nodes are soft-deleted, so a citation never loses its measure.
alter table strategy_measure_citation
    add constraint fk_strategy_citation_node foreign key (node_id) references strategy_node (id);
