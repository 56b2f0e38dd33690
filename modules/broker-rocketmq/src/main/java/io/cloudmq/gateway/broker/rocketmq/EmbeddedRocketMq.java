package io.cloudmq.gateway.broker.rocketmq;

import com.alibaba.fastjson2.JSONObject;
import org.apache.rocketmq.auth.authentication.provider.DefaultAuthenticationProvider;
import org.apache.rocketmq.auth.authentication.provider.LocalAuthenticationMetadataProvider;
import org.apache.rocketmq.auth.authorization.provider.DefaultAuthorizationProvider;
import org.apache.rocketmq.auth.authorization.provider.LocalAuthorizationMetadataProvider;
import org.apache.rocketmq.auth.config.AuthConfig;
import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.common.BrokerConfig;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.namesrv.NamesrvConfig;
import org.apache.rocketmq.namesrv.NamesrvController;
import org.apache.rocketmq.remoting.netty.NettyClientConfig;
import org.apache.rocketmq.remoting.netty.NettyServerConfig;
import org.apache.rocketmq.remoting.protocol.RemotingCommand;
import org.apache.rocketmq.store.config.MessageStoreConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * An in-process RocketMQ NameServer + one master broker, for development and tests.
 *
 * <p>One per JVM: {@link #start} returns the running one. It is never stopped by the application, because
 * {@code BrokerController.shutdown()} takes 12-21 s and Quarkus tests restart the application several times per JVM; a
 * JVM shutdown hook stops the broker so that the store is closed cleanly. Everything it persists (commit log, topic and
 * subscription-group configs, consumer offsets, ACL 2.0 users, NameServer kv config) lives under the data directory, which
 * is never wiped, so topics survive gateway restarts. Only one JVM may use a data directory at a time (the store locks
 * it).
 *
 * <p>It listens on 127.0.0.1 only: the NameServer port, the broker port, {@code broker port - 2} (RocketMQ's fixed
 * "fast" channel) and the HA port. RocketMQ's own logs go to {@code ${user.home}/logs/rocketmqlogs}: the broker and
 * NameServer logback configurations hard-code {@code user.home}. {@code rocketmq.home.dir} / {@code ROCKETMQ_HOME} is not
 * needed: only the {@code BrokerStartup}/{@code ProxyStartup} command-line entry points require it.
 */
public final class EmbeddedRocketMq {

    public static final String CLUSTER_NAME = "DefaultCluster";
    public static final String BROKER_NAME = "broker-a";

    private static final String HOST = "127.0.0.1";
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);
    /**
     * Set while an embedded broker runs in this JVM. A static field alone is not enough: Quarkus tests and dev-mode live
     * reload load this class again in a new class loader while the RocketMQ threads started by the old one keep serving.
     * Value: {@code <namesrv port>,<broker port>,<data dir>}.
     */
    private static final String RUNNING_PROPERTY = "io.cloudmq.gateway.broker.rocketmq.embedded";
    private static final Logger LOG = Logger.getLogger(EmbeddedRocketMq.class);

    private static EmbeddedRocketMq running;

    private final Settings settings;

    private EmbeddedRocketMq(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param dataDir     root of everything the NameServer and broker persist
     * @param namesrvPort NameServer port
     * @param brokerPort  broker port; the broker also opens {@code brokerPort - 2}
     * @param haPort      master-slave replication port
     * @param aclEnabled  whether the broker enforces ACL 2.0 authentication and authorization
     * @param accessKey   initial Super user (required when {@code aclEnabled}), or null
     * @param secretKey   its secret, or null
     */
    public record Settings(Path dataDir, int namesrvPort, int brokerPort, int haPort, boolean aclEnabled,
                           String accessKey, String secretKey) {

        public Settings {
            dataDir = dataDir.toAbsolutePath().normalize();
            if ((accessKey == null) != (secretKey == null)) {
                throw new IllegalArgumentException(
                        "gateway.rocketmq.embedded: access-key and secret-key must be configured together");
            }
            if (aclEnabled && accessKey == null) {
                throw new IllegalArgumentException(
                        "gateway.rocketmq.embedded.acl-enabled=true requires access-key and secret-key");
            }
        }

        public static Settings from(RocketMqConfig.Embedded config) {
            return new Settings(Path.of(config.dataDir()), config.namesrvPort(), config.brokerPort(),
                    config.haPort().orElse(config.brokerPort() + 1), config.aclEnabled(),
                    config.accessKey().orElse(null), config.secretKey().orElse(null));
        }

        @Override
        public String toString() {
            return "Settings[dataDir=" + dataDir + ", namesrvPort=" + namesrvPort + ", brokerPort=" + brokerPort
                    + ", haPort=" + haPort + ", aclEnabled=" + aclEnabled + ", accessKey=" + accessKey
                    + ", secretKey=" + (secretKey == null ? null : "***") + "]";
        }

        private String marker() {
            return namesrvPort + "," + brokerPort + "," + dataDir;
        }
    }

    /** Starts the NameServer and broker and waits until the broker is registered; or returns the running one. */
    public static synchronized EmbeddedRocketMq start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (running == null) {
            String marker = System.getProperty(RUNNING_PROPERTY);
            if (marker == null) {
                launch(settings);
                System.setProperty(RUNNING_PROPERTY, settings.marker());
                running = new EmbeddedRocketMq(settings);
            } else {
                running = new EmbeddedRocketMq(attach(marker, settings));
            }
        } else if (!running.settings.marker().equals(settings.marker())) {
            LOG.warnf("Embedded RocketMQ already runs with %s; ignoring the requested %s", running.settings, settings);
        }
        return running;
    }

    /**
     * Starts another NameServer + broker in this JVM, independent of the shared one returned by {@link #start}: for
     * tests that need a differently configured broker (e.g. one enforcing ACL 2.0). Like the shared one it stops only
     * when the JVM exits.
     */
    public static EmbeddedRocketMq startAdditional(Settings settings) {
        launch(Objects.requireNonNull(settings, "settings"));
        return new EmbeddedRocketMq(settings);
    }

    public Settings settings() {
        return settings;
    }

    public String namesrvAddress() {
        return HOST + ":" + settings.namesrvPort();
    }

    public String brokerAddress() {
        return HOST + ":" + settings.brokerPort();
    }

    private static Settings attach(String marker, Settings requested) {
        String[] parts = marker.split(",", 3);
        Settings actual = new Settings(Path.of(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                requested.haPort(), requested.aclEnabled(), requested.accessKey(), requested.secretKey());
        if (!actual.marker().equals(requested.marker())) {
            LOG.warnf("Embedded RocketMQ already runs in this JVM with %s; ignoring the requested %s", actual, requested);
        }
        return actual;
    }

    private static void launch(Settings s) {
        long started = System.nanoTime();
        Path base = s.dataDir();
        try {
            Files.createDirectories(base.resolve("namesrv"));
            Files.createDirectories(base.resolve("store"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded RocketMQ data directory " + base, e);
        }
        // What NamesrvStartup/BrokerStartup do first. Without it the broker's requests carry remoting version 0 until a
        // client is created in this JVM, and the NameServer drops the topic list of a version-0 registration: topics
        // persisted in the store would have no route until the periodic re-registration.
        if (System.getProperty(RemotingCommand.REMOTING_VERSION_KEY) == null) {
            System.setProperty(RemotingCommand.REMOTING_VERSION_KEY, Integer.toString(MQVersion.CURRENT_VERSION));
        }
        NamesrvController namesrv = startNamesrv(s);
        BrokerController broker = null;
        try {
            broker = newBroker(s);
            if (!broker.initialize()) {
                throw new IllegalStateException("the broker did not initialise (see ~/logs/rocketmqlogs/broker.log)");
            }
            broker.start();
            awaitRegistration(namesrv, broker);
        } catch (Exception e) {
            if (broker != null) {
                shutdownQuietly(broker);
            }
            namesrv.shutdown();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded RocketMQ failed to start with " + s + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown(broker), "cloudmq-embedded-rocketmq-shutdown"));
        LOG.infof("Embedded RocketMQ started in %d ms: namesrv %s:%d, broker %s:%d, data %s",
                (System.nanoTime() - started) / 1_000_000, HOST, s.namesrvPort(), HOST, s.brokerPort(), base);
    }

    private static NamesrvController startNamesrv(Settings s) {
        NamesrvConfig config = new NamesrvConfig();
        // The defaults live under ${user.home}/namesrv, outside the data directory.
        config.setKvConfigPath(s.dataDir().resolve("namesrv/kvConfig.json").toString());
        config.setConfigStorePath(s.dataDir().resolve("namesrv/namesrv.properties").toString());
        NettyServerConfig netty = new NettyServerConfig();
        netty.setBindAddress(HOST);
        netty.setListenPort(s.namesrvPort());
        NamesrvController namesrv = new NamesrvController(config, netty, new NettyClientConfig());
        try {
            if (!namesrv.initialize()) {
                throw new IllegalStateException("the NameServer did not initialise");
            }
            namesrv.start();
        } catch (Exception e) {
            namesrv.shutdown();
            throw new IllegalStateException("Embedded RocketMQ NameServer failed to start on port " + s.namesrvPort()
                    + ": " + e.getMessage(), e);
        }
        return namesrv;
    }

    private static BrokerController newBroker(Settings s) {
        String store = s.dataDir().resolve("store").toString();

        BrokerConfig broker = new BrokerConfig();
        broker.setBrokerClusterName(CLUSTER_NAME);
        broker.setBrokerName(BROKER_NAME);
        broker.setBrokerId(0);
        broker.setNamesrvAddr(HOST + ":" + s.namesrvPort());
        broker.setBrokerIP1(HOST);
        // Topics and groups exist only when the API creates them.
        broker.setAutoCreateTopicEnable(false);
        broker.setAutoCreateSubscriptionGroup(false);
        // Creates RMQ_SYS_TRACE_TOPIC, where clients with message tracing enabled report; message traces read it.
        broker.setTraceTopicEnable(true);
        // The default is ${user.home}/store/config/broker.properties, outside the data directory.
        broker.setBrokerConfigPath(s.dataDir().resolve("store/config/broker.properties").toString());

        NettyServerConfig netty = new NettyServerConfig();
        netty.setBindAddress(HOST);
        netty.setListenPort(s.brokerPort());

        MessageStoreConfig storeConfig = new MessageStoreConfig();
        storeConfig.setStorePathRootDir(store);
        storeConfig.setStorePathCommitLog(store + "/commitlog");
        // RocketMQ's defaults (1 GiB commit log, ~420 MB index, 100 MB timer log) are sized for production hosts.
        storeConfig.setMappedFileSizeCommitLog(64 << 20);
        storeConfig.setMappedFileSizeConsumeQueue(30_000 * 20);
        storeConfig.setMaxHashSlotNum(10_000);
        storeConfig.setMaxIndexNum(40_000);
        storeConfig.setMappedFileSizeTimerLog(8 << 20);
        storeConfig.setHaListenPort(s.haPort());

        // The Local metadata providers are needed even without enforcement, or ACL 2.0 user/ACL admin calls fail.
        AuthConfig auth = new AuthConfig();
        // RocketMQ's auth factories cache providers and evaluators JVM-wide by config name: a second broker in the JVM
        // (startAdditional) would otherwise share the first one's users, ACLs and enforcement switches.
        auth.setConfigName(BROKER_NAME + "-" + s.brokerPort());
        auth.setClusterName(CLUSTER_NAME);
        auth.setAuthConfigPath(store + "/config");
        auth.setAuthenticationProvider(DefaultAuthenticationProvider.class.getName());
        auth.setAuthenticationMetadataProvider(LocalAuthenticationMetadataProvider.class.getName());
        auth.setAuthorizationProvider(DefaultAuthorizationProvider.class.getName());
        auth.setAuthorizationMetadataProvider(LocalAuthorizationMetadataProvider.class.getName());
        if (s.accessKey() != null) {
            auth.setInitAuthenticationUser(
                    JSONObject.of("username", s.accessKey(), "password", s.secretKey()).toJSONString());
            auth.setInnerClientAuthenticationCredentials(
                    JSONObject.of("accessKey", s.accessKey(), "secretKey", s.secretKey()).toJSONString());
        }
        auth.setAuthenticationEnabled(s.aclEnabled());
        auth.setAuthorizationEnabled(s.aclEnabled());

        return new BrokerController(broker, netty, new NettyClientConfig(), storeConfig, auth);
    }

    /**
     * {@code start()} registers once, but before the broker's client knows a reachable NameServer, so nothing is sent
     * and the periodic registration only runs after 10 s.
     */
    private static void awaitRegistration(NamesrvController namesrv, BrokerController broker)
            throws InterruptedException {
        long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
        while (!namesrv.getRouteInfoManager().getAllClusterInfo().getBrokerAddrTable().containsKey(BROKER_NAME)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not register with the NameServer within "
                        + REGISTRATION_TIMEOUT.toSeconds() + " s");
            }
            broker.registerBrokerAll(true, false, true);
            Thread.sleep(100);
        }
    }

    /**
     * Stops the broker so that it persists offsets and closes the store cleanly, but gives up after
     * {@link #SHUTDOWN_GRACE}: {@code BrokerController.shutdown()} takes 12-21 s, and surefire kills forks that take
     * longer than 20 s to exit. An unfinished shutdown is a crash to RocketMQ, which recovers the store on the next start
     * (topic and group configs are written on every change). The NameServer holds nothing that is not already on disk.
     */
    private static Runnable shutdown(BrokerController broker) {
        return () -> {
            Thread stopper = new Thread(broker::shutdown, "cloudmq-embedded-rocketmq-stop");
            stopper.setDaemon(true);
            stopper.start();
            try {
                stopper.join(SHUTDOWN_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void shutdownQuietly(BrokerController broker) {
        try {
            broker.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Shutting down the half-started embedded broker failed", e);
        }
    }
}
