package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Topics of RocketMQ instances: one listing of the namespace per instance, whatever the number of topics. */
@Singleton
public class TopicReconciler extends PresenceReconciler {

    private final TopicRepository topics;
    private final BrokerDrivers drivers;

    @Inject
    public TopicReconciler(TopicRepository topics, ProvisioningJobRepository jobs, ProvisioningService provisioning,
                           BrokerDrivers drivers, Transactions tx) {
        super(jobs, provisioning, tx);
        this.topics = topics;
        this.drivers = drivers;
    }

    @Override
    public String family() {
        return "topic";
    }

    @Override
    public boolean appliesTo(Instance instance) {
        return instance.engine() == Engine.ROCKETMQ;
    }

    @Override
    Map<String, ResourceStatus> stored(Instance instance) {
        return topics.listAll(instance.id()).stream().collect(Collectors.toMap(Topic::name, Topic::status));
    }

    @Override
    Set<String> onBroker(Instance instance) {
        return drivers.topics().listTopics(instance.placement());
    }

    @Override
    String applyKind() {
        return TopicJobs.APPLY;
    }

    @Override
    String deleteUnknownKind() {
        return TopicJobs.DELETE;
    }
}
