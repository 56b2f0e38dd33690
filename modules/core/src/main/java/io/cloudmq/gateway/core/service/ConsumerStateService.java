package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.model.message.ConsumerLag;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.model.message.TopicStatus;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Offsets, backlog and connected clients of an instance's topics and groups, as the brokers report them at the time of
 * the call. Unknown groups are NOT_FOUND (CONSUMER_GROUP), as the broker knows them.
 */
@ApplicationScoped
public class ConsumerStateService {

    private final MessagingScope scope;
    private final BrokerDrivers drivers;

    @Inject
    public ConsumerStateService(InstanceRepository instances, TopicRepository topics, BrokerDrivers drivers,
                                Transactions tx) {
        this.scope = new MessagingScope(instances, topics, tx);
        this.drivers = drivers;
    }

    public TopicStatus topicStatus(Caller caller, String instanceId, String topic) {
        BrokerPlacement placement = scope.topic(caller, instanceId, topic);
        return drivers.consumerState().topicStatus(placement, topic);
    }

    /** The group's lag on all its topics, or on {@code topic} only when it is not null. */
    public ConsumerLag lag(Caller caller, String instanceId, String group, String topic) {
        MessageService.requireGroup(group);
        BrokerPlacement placement = topic == null ? scope.instance(caller, instanceId)
                : scope.topic(caller, instanceId, topic);
        return drivers.consumerState().lag(placement, group, topic);
    }

    public ConsumerConnections connections(Caller caller, String instanceId, String group) {
        MessageService.requireGroup(group);
        return drivers.consumerState().connections(scope.instance(caller, instanceId), group);
    }

    public String clientStack(Caller caller, String instanceId, String group, String clientId) {
        MessageService.requireGroup(group);
        if (clientId == null || clientId.isBlank()) {
            throw GatewayException.invalidParameter("client_id", "is required.");
        }
        return drivers.consumerState().clientStack(scope.instance(caller, instanceId), group, clientId);
    }

    /**
     * Moves the group's offsets on the topic. Online clients are told to follow, but redelivery by running clients is
     * not guaranteed (see the README): the brokers' offsets are what this changes.
     */
    public List<QueueOffset> resetOffsets(Caller caller, String instanceId, String group, String topic,
                                          OffsetReset target) {
        MessageService.requireGroup(group);
        BrokerPlacement placement = scope.runningTopic(caller, instanceId, topic);
        return drivers.consumerState().resetOffsets(placement, group, topic, target);
    }
}
