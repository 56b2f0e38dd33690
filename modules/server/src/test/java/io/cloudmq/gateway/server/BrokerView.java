package io.cloudmq.gateway.server;

import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** An independent admin client on a RocketMQ cluster: how tests read the broker's own view. */
public final class BrokerView implements AutoCloseable {

    private final DefaultMQAdminExt admin;
    private final Set<String> namesrvAddresses;

    private BrokerView(DefaultMQAdminExt admin, Set<String> namesrvAddresses) {
        this.admin = admin;
        this.namesrvAddresses = namesrvAddresses;
    }

    /** {@code namesrvAddresses} as ShowInstance reports them (comma-separated). */
    public static BrokerView of(String namesrvAddresses) {
        DefaultMQAdminExt admin = new DefaultMQAdminExt(5000);
        admin.setNamesrvAddr(namesrvAddresses.replace(',', ';'));
        admin.setInstanceName("test-view-" + System.nanoTime());
        try {
            admin.start();
        } catch (MQClientException e) {
            throw new IllegalStateException(e);
        }
        return new BrokerView(admin, Set.of(namesrvAddresses.split(",")));
    }

    public Optional<TopicRouteData> route(String physicalTopic) {
        try {
            return Optional.of(admin.examineTopicRouteInfo(physicalTopic));
        } catch (MQClientException e) {
            if (e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST) {
                return Optional.empty();
            }
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean hasTopic(String physicalTopic) {
        return route(physicalTopic).map(r -> !r.getQueueDatas().isEmpty()).orElse(false);
    }

    /** Deletes a topic behind the gateway's back, as an operator with broker access could. */
    public void deleteTopic(String physicalTopic) throws Exception {
        TopicRouteData route = route(physicalTopic).orElseThrow();
        Set<String> masters = new HashSet<>();
        route.getBrokerDatas().forEach(b -> masters.add(b.selectBrokerAddr()));
        admin.deleteTopicInBroker(masters, physicalTopic);
        admin.deleteTopicInNameServer(namesrvAddresses, physicalTopic);
    }

    public DefaultMQAdminExt admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.shutdown();
    }
}
