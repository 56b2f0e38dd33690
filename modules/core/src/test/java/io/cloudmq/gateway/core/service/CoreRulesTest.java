package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoreRulesTest {

    @Test
    void brokerNamesAcceptWhatRocketMqAcceptsButNeverTheNamespaceSeparator() {
        Validation.brokerName("name", "orders_v2-eu|x", 64);
        assertInvalid(() -> Validation.brokerName("name", "a%b", 64), "name");
        assertInvalid(() -> Validation.brokerName("name", "a b", 64), "name");
        assertInvalid(() -> Validation.brokerName("name", "x".repeat(65), 64), "name");
        assertInvalid(() -> Validation.brokerName("name", "", 64), "name");
    }

    @Test
    void namesRejectControlCharactersAndBlanks() {
        Validation.name("name", "Orders (prod)", 1, 64);
        assertInvalid(() -> Validation.name("name", "bad\nname", 1, 64), "name");
        assertInvalid(() -> Validation.name("name", "   ", 1, 64), "name");
        assertInvalid(() -> Validation.name("name", null, 1, 64), "name");
    }

    @Test
    void rangesAndLengthsNameTheField() {
        Validation.range("queues", 1, 1, 8);
        assertInvalid(() -> Validation.range("queues", 9, 1, 8), "queues");
        assertInvalid(() -> Validation.maxLength("description", "x".repeat(11), 10), "description");
    }

    @Test
    void brokerNamespaceIsTheInstanceIdInBrokerSafeCharacters() {
        assertThat(InstanceService.namespaceFor("11111111-2222-3333-4444-555555555555"))
                .isEqualTo("11111111-2222-3333-4444-555555555555");
        assertThat(InstanceService.namespaceFor("MQ_INST_123.abc")).isEqualTo("MQ_INST_123_abc");
    }

    @Test
    void retriesBackOffExponentiallyUpToHalfAMinute() {
        assertThat(ProvisioningService.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ProvisioningService.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ProvisioningService.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(ProvisioningService.backoff(20)).isEqualTo(Duration.ofSeconds(30));
    }

    private static void assertInvalid(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_PARAMETER);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
