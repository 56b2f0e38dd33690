package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.BrokerTopicState;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Topics of an instance. Mutations store the desired state and a job in one transaction, then try the broker at once
 * so that the API answers after the broker has the change; when the broker is down the job stays queued and the topic
 * reports CREATING until the broker confirms it.
 */
@ApplicationScoped
public class TopicService {

    public static final int MAX_QUEUE_NUMS = 1024;

    private final InstanceRepository instances;
    private final TopicRepository topics;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public TopicService(InstanceRepository instances, TopicRepository topics, ProvisioningService provisioning,
                        BrokerDrivers drivers, Transactions tx, Clock clock) {
        this.instances = instances;
        this.topics = topics;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
        this.clock = clock;
    }

    public Topic create(Caller caller, String instanceId, CreateTopicCommand cmd) {
        Validation.brokerName("name", cmd.name(), 64);
        Validation.range("read_queue_num", cmd.readQueueNums(), 1, MAX_QUEUE_NUMS);
        Validation.range("write_queue_num", cmd.writeQueueNums(), 1, MAX_QUEUE_NUMS);
        Validation.maxLength("description", cmd.description(), 1024);
        long[] jobId = new long[1];
        Topic created = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            if (topics.find(instance.id(), cmd.name()).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.TOPIC, cmd.name());
            }
            Instant now = clock.instant();
            Topic topic = topics.insert(new Topic(null, instance.id(), cmd.name(), cmd.messageType(),
                    cmd.readQueueNums(), cmd.writeQueueNums(), cmd.permission(), cmd.description(),
                    ResourceStatus.CREATING, cmd.attributes(), now, now, 0));
            jobId[0] = provisioning.enqueue(TopicJobs.APPLY, instance.id(), topic.name());
            return topic;
        });
        provisioning.runNow(jobId[0]);
        return tx.inNewTransaction(() -> topics.find(instanceId, created.name())).orElse(created);
    }

    public Topic get(Caller caller, String instanceId, String name) {
        return tx.inNewTransaction(() -> {
            Instance instance = new InstanceLookup(instances).owned(caller, instanceId);
            return liveTopic(instance.id(), name);
        });
    }

    /** The broker's view of a topic (per-broker queues), or empty when the broker does not have it yet. */
    public Optional<BrokerTopicState> brokerState(Caller caller, String instanceId, String name) {
        Instance instance = tx.inNewTransaction(() -> {
            Instance owned = new InstanceLookup(instances).owned(caller, instanceId);
            liveTopic(owned.id(), name);
            return owned;
        });
        return drivers.topics().describeTopic(instance.placement(), name);
    }

    public Page<Topic> list(Caller caller, String instanceId, String nameFilter, PageRequest page) {
        return tx.inNewTransaction(() -> {
            Instance instance = new InstanceLookup(instances).owned(caller, instanceId);
            return topics.list(instance.id(), nameFilter, page);
        });
    }

    public long count(Caller caller, String instanceId) {
        return tx.inNewTransaction(() -> topics.count(new InstanceLookup(instances).owned(caller, instanceId).id()));
    }

    public Topic update(Caller caller, String instanceId, String name, int readQueueNums, int writeQueueNums,
                        TopicPermission permission, String description) {
        Validation.range("read_queue_num", readQueueNums, 1, MAX_QUEUE_NUMS);
        Validation.range("write_queue_num", writeQueueNums, 1, MAX_QUEUE_NUMS);
        Validation.maxLength("description", description, 1024);
        long[] jobId = new long[1];
        Topic updated = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            Topic current = liveTopic(instance.id(), name);
            Topic changed = current.withSettings(readQueueNums, writeQueueNums, permission, description);
            topics.update(changed);
            jobId[0] = provisioning.enqueue(TopicJobs.APPLY, instance.id(), name);
            return changed;
        });
        provisioning.runNow(jobId[0]);
        return updated;
    }

    /** Deletes a topic: from the broker first, then from storage. Unknown topics are NOT_FOUND. */
    public void delete(Caller caller, String instanceId, String name) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            Topic current = liveTopic(instance.id(), name);
            topics.update(current.withStatus(ResourceStatus.DELETING));
            return provisioning.enqueue(TopicJobs.DELETE, instance.id(), name);
        });
        provisioning.runNow(jobId);
    }

    private Instance runningInstance(Caller caller, String instanceId) {
        return new InstanceLookup(instances).running(caller, instanceId, "topics");
    }

    /** A topic that exists and is not being deleted. */
    private Topic liveTopic(String instanceId, String name) {
        return topics.find(instanceId, name)
                .filter(t -> t.status() != ResourceStatus.DELETING)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.TOPIC, name));
    }
}
