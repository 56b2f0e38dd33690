-- AMQP objects as the core models them (V1 kept them as free-form arguments):
--  * a delayed exchange is a flag beside its routing type, not a plugin type name;
--  * queue type, message TTL, max length and dead-lettering are typed columns, so they can be validated, compared with
--    what the broker reports, and queried.
-- Broker users of AMQP instances live in broker_user (V1) with their sealed password; RocketMQ-only columns keep their
-- defaults there.

alter table exchange
    add column delayed boolean not null default false;

alter table amqp_queue
    add column queue_type              text   not null default 'CLASSIC' check (queue_type in ('CLASSIC', 'QUORUM')),
    add column message_ttl_ms          bigint check (message_ttl_ms >= 0),
    add column max_length              bigint check (max_length >= 0),
    add column dead_letter_exchange    text,
    add column dead_letter_routing_key text;
