package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.BindingDestinationType;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.QueueType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pure AMQP rules of the core: binding identity, job keys, queue validation. */
class AmqpRulesTest {

    private static BindingSettings binding(String routingKey, Map<String, String> arguments) {
        return new BindingSettings("/", "orders.x", BindingDestinationType.QUEUE, "orders.q", routingKey, arguments);
    }

    @Test
    void bindingIdentityIsStableAndIgnoresArgumentOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(binding("k", ab).identity()).isEqualTo(binding("k", ba).identity()).hasSize(64);
        // A fixed value: identities are stored, so the derivation must never change between releases. It is the hex
        // SHA-256 of "8:orders.x5:QUEUE8:orders.q8:orders.#" (length-prefixed source, type, destination, routing key).
        assertThat(binding("orders.#", null).identity())
                .isEqualTo("aa83d7d2febea2955d74833b63996f798e775d51c3defb9217d3d19d8d015c27");
    }

    @Test
    void bindingIdentityDistinguishesEveryDefiningField() {
        BindingSettings base = binding("k", Map.of("x-match", "all"));
        assertThat(base.identity())
                .isNotEqualTo(binding("k2", Map.of("x-match", "all")).identity())
                .isNotEqualTo(binding("k", Map.of("x-match", "any")).identity())
                .isNotEqualTo(new BindingSettings("/", "orders.x", BindingDestinationType.EXCHANGE, "orders.q", "k",
                        Map.of("x-match", "all")).identity());
        // Length prefixes keep field boundaries: ("ab", "c") and ("a", "bc") differ.
        assertThat(new BindingSettings("/", "ab", BindingDestinationType.QUEUE, "c", "", Map.of()).identity())
                .isNotEqualTo(new BindingSettings("/", "a", BindingDestinationType.QUEUE, "bc", "", Map.of())
                        .identity());
    }

    @Test
    void jobKeysRoundTripNamesWithSlashesAndSpaces() {
        String key = AmqpJobKeys.of("/", "a/b c+d");
        assertThat(key).isEqualTo("%2F/a%2Fb+c%2Bd");
        assertThat(AmqpJobKeys.segments(key)).containsExactly("/", "a/b c+d");
    }

    @Test
    void quorumQueuesMustBeDurableAndShared() {
        QueueSettings transientQuorum = new QueueSettings("/", "q", QueueType.QUORUM, false, false, false, null, null,
                null, null);
        assertThatThrownBy(() -> QueueService.validate(transientQuorum))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_PARAMETER);
                    assertThat(e.field()).isEqualTo("queue_type");
                });
        QueueService.validate(new QueueSettings("/", "q", QueueType.QUORUM, true, false, false, 1000L, 10L, "dlx",
                "dead"));
    }

    @Test
    void deadLetterRoutingKeyNeedsAnExchangeAndReservedNamesAreRefused() {
        assertThatThrownBy(() -> QueueService.validate(new QueueSettings("/", "q", QueueType.CLASSIC, true, false,
                false, null, null, null, "dead"))).hasMessageContaining("dead_letter_routing_key");
        assertThatThrownBy(() -> QueueService.validate(new QueueSettings("/", "amq.q", QueueType.CLASSIC, true, false,
                false, null, null, null, null))).hasMessageContaining("reserved");
        assertThatThrownBy(() -> AmqpScope.declarableExchangeName("exchange_name", "amq.direct"))
                .hasMessageContaining("reserved");
    }
}
