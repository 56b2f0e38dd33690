package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;

/**
 * Resolves where on the broker a caller's message or consumer-state request goes: the instance by the tenancy rule of
 * {@link InstanceLookup}, and, when a topic is named, a topic the gateway manages (so a tenant cannot read a broker
 * topic that exists only because someone created it behind the gateway's back). Groups are checked by the broker, which
 * knows every subscription group. Lookups run in their own short transaction; broker calls never run inside one.
 */
record MessagingScope(InstanceRepository instances, TopicRepository topics, Transactions tx) {

    BrokerPlacement instance(Caller caller, String instanceId) {
        return tx.inNewTransaction(() -> new InstanceLookup(instances).owned(caller, instanceId).placement());
    }

    /** For actions that change broker state (sending, resending, moving offsets): the instance must be RUNNING. */
    BrokerPlacement runningInstance(Caller caller, String instanceId) {
        return tx.inNewTransaction(() -> {
            Instance instance = new InstanceLookup(instances).owned(caller, instanceId);
            InstanceService.requireStatus(instance, InstanceStatus.RUNNING,
                    "is " + instance.status() + "; messages and offsets can be changed only while it is RUNNING.");
            return instance.placement();
        });
    }

    BrokerPlacement topic(Caller caller, String instanceId, String topic) {
        return tx.inNewTransaction(() -> {
            Instance instance = new InstanceLookup(instances).owned(caller, instanceId);
            requireTopic(instance, topic);
            return instance.placement();
        });
    }

    BrokerPlacement runningTopic(Caller caller, String instanceId, String topic) {
        BrokerPlacement placement = runningInstance(caller, instanceId);
        topic(caller, instanceId, topic);
        return placement;
    }

    private void requireTopic(Instance instance, String topic) {
        if (topic == null || topic.isBlank()) {
            throw GatewayException.invalidParameter("topic", "is required.");
        }
        topics.find(instance.id(), topic)
                .filter(t -> t.status() != ResourceStatus.DELETING)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.TOPIC, topic));
    }
}
