package io.cloudmq.gateway.core.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealerTest {

    private final SecretSealer sealer = new SecretSealer("a-master-key-of-enough-length");

    @Test
    void sealedSecretsRoundTripAndNeverShowThePlainText() {
        String sealed = sealer.seal("s3cr3t-value");
        assertThat(sealed).startsWith("v1:").doesNotContain("s3cr3t");
        assertThat(sealer.unseal(sealed)).isEqualTo("s3cr3t-value");
    }

    @Test
    void everySealUsesAFreshNonce() {
        assertThat(sealer.seal("same")).isNotEqualTo(sealer.seal("same"));
    }

    @Test
    void anotherMasterKeyCannotUnseal() {
        String sealed = sealer.seal("value");
        assertThatThrownBy(() -> new SecretSealer("another-master-key-value").unseal(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("value'");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        String sealed = sealer.seal("value");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> sealer.unseal(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shortMasterKeysAreRefused() {
        assertThatThrownBy(() -> new SecretSealer("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedCredentialsHaveTheShapesSdksAccept() {
        assertThat(Credentials.newAccessKeyId()).matches("[A-Z0-9]{20}");
        assertThat(Credentials.newSecret()).matches("[A-Za-z0-9]{40}");
    }
}
