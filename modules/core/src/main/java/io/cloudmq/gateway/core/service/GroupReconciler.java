package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.ConsumerGroupRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Consumer groups of RocketMQ instances, against the subscription groups of the instance's namespace. */
@Singleton
public class GroupReconciler extends PresenceReconciler {

    private final ConsumerGroupRepository groups;
    private final BrokerDrivers drivers;

    @Inject
    public GroupReconciler(ConsumerGroupRepository groups, ProvisioningJobRepository jobs,
                           ProvisioningService provisioning, BrokerDrivers drivers, Transactions tx) {
        super(jobs, provisioning, tx);
        this.groups = groups;
        this.drivers = drivers;
    }

    @Override
    public String family() {
        return "group";
    }

    @Override
    public boolean appliesTo(Instance instance) {
        return instance.engine() == Engine.ROCKETMQ;
    }

    @Override
    Map<String, ResourceStatus> stored(Instance instance) {
        return groups.listAll(instance.id()).stream()
                .collect(Collectors.toMap(ConsumerGroup::name, ConsumerGroup::status));
    }

    @Override
    Set<String> onBroker(Instance instance) {
        return drivers.groups().listGroups(instance.placement());
    }

    @Override
    String applyKind() {
        return GroupJobs.APPLY;
    }

    @Override
    String deleteUnknownKind() {
        return GroupJobs.DELETE;
    }
}
