package io.cloudmq.gateway.broker.rabbitmq;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RabbitMqNamesTest {

    @Test
    void virtualHostsArePrefixedWithTheNamespaceAndMapBack() {
        assertThat(RabbitMqNames.brokerVhost("inst-1", "/")).isEqualTo("inst-1./");
        assertThat(RabbitMqNames.brokerVhost("inst-1", "a/b")).isEqualTo("inst-1.a/b");
        assertThat(RabbitMqNames.logicalVhost("inst-1", "inst-1./")).contains("/");
        assertThat(RabbitMqNames.logicalVhost("inst-1", "inst-1.a.b")).contains("a.b");
    }

    @Test
    void anotherNamespaceIsNeverMistakenForOnesOwn() {
        // "inst-1" must not claim the virtual hosts of "inst-10" or of the broker itself.
        assertThat(RabbitMqNames.logicalVhost("inst-1", "inst-10.orders")).isEmpty();
        assertThat(RabbitMqNames.logicalVhost("inst-1", "/")).isEmpty();
    }

    @Test
    void predeclaredExchangesAreRecognised() {
        assertThat(RabbitMqNames.isPredeclaredExchange("")).isTrue();
        assertThat(RabbitMqNames.isPredeclaredExchange("amq.topic")).isTrue();
        assertThat(RabbitMqNames.isPredeclaredExchange("orders")).isFalse();
    }
}
