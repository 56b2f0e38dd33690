package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Binding;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.BindingRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Bindings of an AMQP virtual host (store + job + run at once, as {@link VirtualHostService} describes). A binding is
 * addressed by its derived identity ({@link BindingSettings#identity()}); creating the same binding twice is refused
 * as ALREADY_EXISTS, like any other object.
 */
@ApplicationScoped
public class BindingService {

    private final AmqpScope scope;
    private final BindingRepository bindings;
    private final ProvisioningService provisioning;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public BindingService(InstanceRepository instances, VirtualHostRepository vhosts, BindingRepository bindings,
                          ProvisioningService provisioning, Transactions tx, Clock clock) {
        this.scope = new AmqpScope(instances, vhosts);
        this.bindings = bindings;
        this.provisioning = provisioning;
        this.tx = tx;
        this.clock = clock;
    }

    public Binding create(Caller caller, String instanceId, BindingSettings settings) {
        // The default exchange binds every queue implicitly; nothing can be bound to or from it explicitly.
        AmqpScope.amqpName("source_exchange", settings.source());
        AmqpScope.amqpName("destination", settings.destination());
        Validation.maxLength("routing_key", settings.routingKey(), AmqpScope.MAX_NAME);
        if (settings.destinationType() == null) {
            throw GatewayException.invalidParameter("destination_type", "is required.");
        }
        String identity = settings.identity();
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            scope.liveVirtualHost(instance.id(), settings.vhost());
            if (bindings.find(instance.id(), settings.vhost(), identity).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.BINDING, identity);
            }
            Instant now = clock.instant();
            bindings.insert(new Binding(null, instance.id(), settings, identity, ResourceStatus.CREATING, now, now, 0));
            return provisioning.enqueue(AmqpTopologyJobs.APPLY_BINDING, instance.id(),
                    AmqpJobKeys.of(settings.vhost(), identity));
        });
        provisioning.runNow(jobId);
        return tx.inNewTransaction(() -> bindings.find(instanceId, settings.vhost(), identity)).orElseThrow();
    }

    public List<Binding> list(Caller caller, String instanceId, String vhost) {
        return tx.inNewTransaction(() -> {
            Instance instance = scope.owned(caller, instanceId);
            scope.liveVirtualHost(instance.id(), vhost);
            return bindings.listAll(instance.id(), vhost);
        });
    }

    public void delete(Caller caller, String instanceId, String vhost, String identity) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            scope.liveVirtualHost(instance.id(), vhost);
            bindings.find(instance.id(), vhost, identity)
                    .filter(b -> b.status() != ResourceStatus.DELETING)
                    .orElseThrow(() -> GatewayException.notFound(ResourceType.BINDING, identity));
            bindings.setStatus(instance.id(), vhost, identity, ResourceStatus.DELETING);
            return provisioning.enqueue(AmqpTopologyJobs.DELETE_BINDING, instance.id(),
                    AmqpJobKeys.of(vhost, identity));
        });
        provisioning.runNow(jobId);
    }
}
