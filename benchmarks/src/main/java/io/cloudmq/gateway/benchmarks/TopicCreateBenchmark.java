package io.cloudmq.gateway.benchmarks;

import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import org.apache.rocketmq.common.TopicConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creating a topic end to end through the gateway (official Huawei SDK → signature check → PostgreSQL transaction →
 * provisioning job → RocketMQ admin call → commit) against the same RocketMQ admin call made directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class TopicCreateBenchmark {

    private final AtomicLong sequence = new AtomicLong();
    private PackagedGateway gateway;
    private String brokerAddress;

    @Setup(Level.Trial)
    public void start() throws Exception {
        gateway = PackagedGateway.start();
        brokerAddress = gateway.brokerAddress();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        gateway.close();
    }

    @Benchmark
    public Object createTopicThroughGateway() {
        return gateway.client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest()
                .withInstanceId(gateway.instanceId)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("gw-" + sequence.incrementAndGet())
                        .withQueueNum(BigDecimal.valueOf(4))));
    }

    @Benchmark
    public Object createTopicDirectAdmin() throws Exception {
        TopicConfig config = new TopicConfig("direct%d" + sequence.incrementAndGet(), 4, 4, 6);
        gateway.admin.createAndUpdateTopicConfig(brokerAddress, config);
        return config;
    }
}
