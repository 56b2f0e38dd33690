package io.cloudmq.gateway.huawei.resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The product catalogue this dialect offers: engine versions, flavours with their per-broker limits, storage classes
 * and the availability zones of a region. ListAvailableZones and CreateInstance validation read the same tables, so
 * what one reports the other accepts.
 */
final class HuaweiCatalog {

    static final Set<String> ENGINES = Set.of("reliability", "rocketmq");
    static final Set<String> ENGINE_VERSIONS = Set.of("4.8.0", "5.x");
    static final Set<String> STORAGE_SPEC_CODES = Set.of("dms.physical.storage.high.v2",
            "dms.physical.storage.ultra.v2");

    /** Flavour → (topics and groups per broker, max brokers); huawei-dialect.md §2.2. */
    record Flavour(int perBrokerLimit, int maxBrokers) {
    }

    static final Map<String, Flavour> FLAVOURS = Map.ofEntries(
            Map.entry("c6.4u8g.cluster.small", new Flavour(2000, 2)),
            Map.entry("c6.4u8g.cluster", new Flavour(4000, 10)),
            Map.entry("c6.8u16g.cluster", new Flavour(8000, 10)),
            Map.entry("c6.12u24g.cluster", new Flavour(12000, 10)),
            Map.entry("c6.16u32g.cluster", new Flavour(16000, 10)),
            Map.entry("c6.2u8g.single.x86", new Flavour(2000, 1)),
            Map.entry("c6.4u16g.cluster.x86", new Flavour(4000, 10)),
            Map.entry("c6.8u32g.cluster.x86", new Flavour(8000, 10)),
            Map.entry("c6.16u64g.cluster.x86", new Flavour(16000, 10)),
            Map.entry("c6.32u128g.cluster.x86", new Flavour(16000, 10)),
            Map.entry("c6.4u16g.cluster.arm", new Flavour(4000, 10)),
            Map.entry("c6.8u32g.cluster.arm", new Flavour(8000, 10)),
            Map.entry("c6.16u64g.cluster.arm", new Flavour(16000, 10)),
            Map.entry("c6.32u128g.cluster.arm", new Flavour(16000, 10)),
            Map.entry("rocketmq.b2.large.4", new Flavour(4000, 10)),
            Map.entry("rocketmq.p2.large.8", new Flavour(8000, 10)));

    static final int MIN_STORAGE_GB = 300;
    static final int MAX_STORAGE_GB = 900_000;

    private HuaweiCatalog() {
    }

    /** Three zones per region, named like Huawei's ({@code cn-north-4a} …); ids equal codes. */
    static List<String> zones(String region) {
        return List.of(region + "a", region + "b", region + "c");
    }

    static Optional<Flavour> flavour(String productId) {
        return Optional.ofNullable(FLAVOURS.get(productId));
    }

    /**
     * The SDK's enum constants carry documentation-tagged strings such as {@code [4.8.0](tag:hws)[5.x](tag:hcs)} and
     * send them verbatim. We accept them deliberately, taking the first bracketed value, so that callers using the SDK
     * constants get what the constant names.
     */
    static String untag(String value) {
        if (value != null && value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end > 1) {
                return value.substring(1, end);
            }
        }
        return value;
    }
}
