package io.cloudmq.gateway.benchmarks;

import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListRocketInstanceTopicsRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Listing an instance with many topics (10,000 by default, created through the gateway in the setup): one page through
 * the gateway, the drift report of the whole instance, and the broker's full topic list that tools such as RocketMQ
 * Dashboard fetch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class TopicListBenchmark {

    @Param("10000")
    public int topics;

    private PackagedGateway gateway;

    @Setup(Level.Trial)
    public void start() throws Exception {
        gateway = PackagedGateway.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> created = new ArrayList<>();
        for (int i = 0; i < topics; i++) {
            String name = String.format("topic-%05d", i);
            created.add(pool.submit(() -> gateway.client.createTopicOrBatchDeleteTopic(
                    new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(gateway.instanceId)
                            .withBody(new CreateTopicOrBatchDeleteTopicReq().withName(name)
                                    .withQueueNum(BigDecimal.ONE)))));
        }
        for (Future<?> f : created) {
            f.get(30, TimeUnit.MINUTES); // a failed creation fails the setup rather than shrinking the data set
        }
        pool.shutdown();
        int total = gateway.client.listRocketInstanceTopics(new ListRocketInstanceTopicsRequest()
                .withInstanceId(gateway.instanceId).withLimit(1)).getTotal();
        if (total != topics) {
            throw new IllegalStateException("expected " + topics + " topics, the gateway lists " + total);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        gateway.close();
    }

    @Benchmark
    public Object listPageOf50ThroughGateway() {
        int offset = ThreadLocalRandom.current().nextInt(Math.max(1, topics - 50));
        return gateway.client.listRocketInstanceTopics(new ListRocketInstanceTopicsRequest()
                .withInstanceId(gateway.instanceId).withOffset(offset).withLimit(50));
    }

    @Benchmark
    public int driftReportOfTheWholeInstance() throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(gateway.endpoint + "/admin/drift/"
                + gateway.instanceId).toURL().openConnection();
        c.setRequestProperty("Authorization", "Bearer benchmark");
        int status = c.getResponseCode();
        c.getInputStream().readAllBytes();
        return status;
    }

    @Benchmark
    public Object fetchAllTopicListDirect() throws Exception {
        return gateway.admin.fetchAllTopicList();
    }
}
