package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.model.BrokerPlacement;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The one embedded broker of the test JVM, on ports that do not clash with a gateway running the defaults, plus an
 * independent admin client that observes the broker's own view.
 */
final class TestBroker {

    // Overridable so that builds running side by side on one machine (separate work trees) do not collide.
    static final int NAMESRV_PORT = Integer.getInteger("test.rocketmq.namesrv-port", 29876);
    static final int BROKER_PORT = Integer.getInteger("test.rocketmq.broker-port", 30911);
    static final int HA_PORT = BROKER_PORT + 1;
    static final Path DATA_DIR = Path.of("target", "embedded-rocketmq-" + ProcessHandle.current().pid());

    private static EmbeddedRocketMq embedded;
    private static DefaultMQAdminExt observer;

    private TestBroker() {
    }

    static synchronized EmbeddedRocketMq embedded() {
        if (embedded == null) {
            embedded = EmbeddedRocketMq.start(settings());
        }
        return embedded;
    }

    static EmbeddedRocketMq.Settings settings() {
        return new EmbeddedRocketMq.Settings(DATA_DIR, NAMESRV_PORT, BROKER_PORT, HA_PORT, false, null, null);
    }

    /** Shared for the whole JVM and never shut down, like the broker it observes. */
    static synchronized DefaultMQAdminExt observer() throws Exception {
        if (observer == null) {
            DefaultMQAdminExt admin = new DefaultMQAdminExt(5_000);
            admin.setNamesrvAddr(embedded().namesrvAddress());
            admin.setInstanceName("test-observer");
            admin.start();
            observer = admin;
        }
        return observer;
    }

    /** A fresh namespace on the embedded cluster, so that tests never see each other's topics and groups. */
    static BrokerPlacement newPlacement() {
        return new BrokerPlacement(ClusterTarget.EMBEDDED_ID, "ns-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Retries the assertions until they pass or the deadline expires (the NameServer view is eventually consistent). */
    static void eventually(ThrowingRunnable assertions) throws Exception {
        eventually(Duration.ofSeconds(10), assertions);
    }

    /** Like {@link #eventually(ThrowingRunnable)}, for slower outcomes (consumption, offset commits, traces). */
    static void eventually(Duration timeout, ThrowingRunnable assertions) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertions.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
