package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.BrokerUserRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ACL users of RocketMQ instances, against the broker's users in the instance's namespace. A repair re-applies the
 * stored user with its permissions as a whole.
 */
@Singleton
public class UserReconciler extends PresenceReconciler {

    private final BrokerUserRepository users;
    private final BrokerDrivers drivers;

    @Inject
    public UserReconciler(BrokerUserRepository users, ProvisioningJobRepository jobs, ProvisioningService provisioning,
                          BrokerDrivers drivers, Transactions tx) {
        super(jobs, provisioning, tx);
        this.users = users;
        this.drivers = drivers;
    }

    @Override
    public String family() {
        return "user";
    }

    @Override
    public boolean appliesTo(Instance instance) {
        return instance.engine() == Engine.ROCKETMQ;
    }

    @Override
    Map<String, ResourceStatus> stored(Instance instance) {
        return users.listAll(instance.id()).stream()
                .collect(Collectors.toMap(BrokerUser::username, BrokerUser::status));
    }

    @Override
    Set<String> onBroker(Instance instance) {
        return drivers.accessControl().listUsers(instance.placement());
    }

    @Override
    String applyKind() {
        return UserJobs.APPLY;
    }

    @Override
    String deleteUnknownKind() {
        return UserJobs.DELETE;
    }
}
