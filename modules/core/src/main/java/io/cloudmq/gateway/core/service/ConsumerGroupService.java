package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.broker.ConsumerConnection;
import io.cloudmq.gateway.core.port.broker.GroupSubscription;
import io.cloudmq.gateway.core.port.storage.ConsumerGroupRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumer groups of an instance, stored as desired state and applied to the broker by {@link GroupJobs} the way
 * {@link TopicService} applies topics: at once on the request thread, and by the worker while the broker is down.
 * Subscriptions and connections are read live from the broker.
 */
@ApplicationScoped
public class ConsumerGroupService {

    /** A sanity bound on redeliveries; dialects apply their vendor's stricter range first. */
    public static final int MAX_RETRY_TIMES = 1000;

    private final InstanceRepository instances;
    private final ConsumerGroupRepository groups;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public ConsumerGroupService(InstanceRepository instances, ConsumerGroupRepository groups,
                                ProvisioningService provisioning, BrokerDrivers drivers, Transactions tx, Clock clock) {
        this.instances = instances;
        this.groups = groups;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
        this.clock = clock;
    }

    public ConsumerGroup create(Caller caller, String instanceId, String name, ConsumerGroupSettings settings) {
        Validation.brokerName("name", name, 64);
        validate(settings);
        long[] jobId = new long[1];
        ConsumerGroup created = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            if (groups.find(instance.id(), name).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.CONSUMER_GROUP, name);
            }
            Instant now = clock.instant();
            ConsumerGroup group = groups.insert(new ConsumerGroup(null, instance.id(), name, null, null, null, true,
                    null, null, null, null, ResourceStatus.CREATING, null, now, now, 0).withSettings(settings));
            jobId[0] = provisioning.enqueue(GroupJobs.APPLY, instance.id(), name);
            return group;
        });
        provisioning.runNow(jobId[0]);
        return tx.inNewTransaction(() -> groups.find(instanceId, name)).orElse(created);
    }

    public ConsumerGroup get(Caller caller, String instanceId, String name) {
        return tx.inNewTransaction(() -> liveGroup(new InstanceLookup(instances).owned(caller, instanceId).id(), name));
    }

    public Page<ConsumerGroup> list(Caller caller, String instanceId, String nameFilter, PageRequest page) {
        return tx.inNewTransaction(() -> groups.list(new InstanceLookup(instances).owned(caller, instanceId).id(),
                nameFilter, page));
    }

    public ConsumerGroup update(Caller caller, String instanceId, String name, ConsumerGroupSettings settings) {
        validate(settings);
        long[] jobId = new long[1];
        ConsumerGroup updated = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            ConsumerGroup changed = liveGroup(instance.id(), name).withSettings(settings);
            groups.update(changed);
            jobId[0] = provisioning.enqueue(GroupJobs.APPLY, instance.id(), name);
            return changed;
        });
        provisioning.runNow(jobId[0]);
        return updated;
    }

    /** Deletes a group: from the broker first (with its offsets), then from storage. Unknown groups are NOT_FOUND. */
    public void delete(Caller caller, String instanceId, String name) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            groups.update(liveGroup(instance.id(), name).withStatus(ResourceStatus.DELETING));
            return provisioning.enqueue(GroupJobs.DELETE, instance.id(), name);
        });
        provisioning.runNow(jobId);
    }

    /** The subscriptions the group's online consumers declared to the broker. */
    public List<GroupSubscription> subscriptions(Caller caller, String instanceId, String name) {
        return drivers.groups().subscriptions(ownedGroupInstance(caller, instanceId, name).placement(), name);
    }

    /** The group's consumers online now, as the broker sees them. */
    public List<ConsumerConnection> connections(Caller caller, String instanceId, String name) {
        return drivers.groups().connections(ownedGroupInstance(caller, instanceId, name).placement(), name);
    }

    /**
     * The instance's groups (tenant names, sorted) whose online consumers subscribe to {@code topic}, as the broker
     * reports their subscriptions now. Reads every stored group's subscriptions: one broker call per group.
     */
    public List<String> groupsSubscribing(Caller caller, String instanceId, String topic) {
        Instance owned = tx.inNewTransaction(() -> new InstanceLookup(instances).owned(caller, instanceId));
        List<String> result = new ArrayList<>();
        int offset = 0;
        while (true) {
            int from = offset;
            Page<ConsumerGroup> page = tx.inNewTransaction(() -> groups.list(owned.id(), null,
                    new PageRequest(from, 500)));
            for (ConsumerGroup group : page.items()) {
                if (group.status() != ResourceStatus.DELETING && drivers.groups()
                        .subscriptions(owned.placement(), group.name()).stream()
                        .anyMatch(s -> topic.equals(s.topic()))) {
                    result.add(group.name());
                }
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return result;
            }
        }
    }

    private static void validate(ConsumerGroupSettings settings) {
        Validation.maxLength("description", settings.description(), 1024);
        if (settings.maxRetryTimes() != null) {
            Validation.range("max_retry_times", settings.maxRetryTimes(), 0, MAX_RETRY_TIMES);
        }
        if (settings.maxReceiveTps() != null) {
            Validation.range("max_receive_tps", settings.maxReceiveTps(), 1, Integer.MAX_VALUE);
        }
        if (settings.deadLetterTopic() != null) {
            Validation.brokerName("dead_letter_topic", settings.deadLetterTopic(), 64);
        }
    }

    private Instance ownedGroupInstance(Caller caller, String instanceId, String name) {
        return tx.inNewTransaction(() -> {
            Instance owned = new InstanceLookup(instances).owned(caller, instanceId);
            liveGroup(owned.id(), name);
            return owned;
        });
    }

    private Instance runningInstance(Caller caller, String instanceId) {
        return new InstanceLookup(instances).running(caller, instanceId, "consumer groups");
    }

    /** A group that exists and is not being deleted. */
    private ConsumerGroup liveGroup(String instanceId, String name) {
        return groups.find(instanceId, name)
                .filter(g -> g.status() != ResourceStatus.DELETING)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.CONSUMER_GROUP, name));
    }
}
