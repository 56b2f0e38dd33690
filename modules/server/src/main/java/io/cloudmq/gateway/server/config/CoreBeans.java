package io.cloudmq.gateway.server.config;

import io.cloudmq.gateway.core.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

/** Gives the core what it needs from the environment: the clock and the master key for secrets at rest. */
@ApplicationScoped
public class CoreBeans {

    private static final Logger LOG = Logger.getLogger(CoreBeans.class);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    SecretSealer secretSealer(GatewayConfig config) {
        return new SecretSealer(config.masterKey().filter(k -> !k.isBlank())
                .orElseGet(() -> generatedMasterKey(Path.of(config.dataDir()))));
    }

    private static String generatedMasterKey(Path dataDir) {
        Path file = dataDir.resolve("master.key");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            String key = io.cloudmq.gateway.core.security.Credentials.newSecret();
            Files.writeString(file, key, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file stays with default permissions
            }
            LOG.warnf("No gateway.master-key configured: generated one into %s. Configure GATEWAY_MASTER_KEY in "
                    + "production and keep it safe: stored secrets cannot be read without it.", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }
}
