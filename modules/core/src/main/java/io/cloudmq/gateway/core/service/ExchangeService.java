package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Exchange;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.ExchangeRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Exchanges of an AMQP virtual host (store + job + run at once, as {@link VirtualHostService} describes). */
@ApplicationScoped
public class ExchangeService {

    private final AmqpScope scope;
    private final ExchangeRepository exchanges;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public ExchangeService(InstanceRepository instances, VirtualHostRepository vhosts, ExchangeRepository exchanges,
                           ProvisioningService provisioning, BrokerDrivers drivers, Transactions tx, Clock clock) {
        this.scope = new AmqpScope(instances, vhosts);
        this.exchanges = exchanges;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
        this.clock = clock;
    }

    public Exchange create(Caller caller, String instanceId, ExchangeSettings settings) {
        AmqpScope.declarableExchangeName("exchange_name", settings.name());
        if (settings.type() == null) {
            throw GatewayException.invalidParameter("exchange_type", "is required.");
        }
        if (settings.alternateExchange() != null) {
            AmqpScope.amqpName("alternate_exchange", settings.alternateExchange());
        }
        Instance instance = tx.inNewTransaction(() -> scope.running(caller, instanceId));
        if (settings.delayed() && !drivers.amqp().supportsDelayedExchanges(instance.placement())) {
            throw GatewayException.invalidParameter("exchange_type",
                    "delayed exchanges are not available: the instance's broker cluster does not support them.");
        }
        long jobId = tx.inNewTransaction(() -> {
            scope.liveVirtualHost(instance.id(), settings.vhost());
            if (exchanges.find(instance.id(), settings.vhost(), settings.name()).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.EXCHANGE, settings.name());
            }
            Instant now = clock.instant();
            exchanges.insert(new Exchange(null, instance.id(), settings, ResourceStatus.CREATING, now, now, 0));
            return provisioning.enqueue(AmqpTopologyJobs.APPLY_EXCHANGE, instance.id(),
                    AmqpJobKeys.of(settings.vhost(), settings.name()));
        });
        provisioning.runNow(jobId);
        return tx.inNewTransaction(() -> exchanges.find(instanceId, settings.vhost(), settings.name())).orElseThrow();
    }

    public List<Exchange> list(Caller caller, String instanceId, String vhost) {
        return tx.inNewTransaction(() -> {
            Instance instance = scope.owned(caller, instanceId);
            scope.liveVirtualHost(instance.id(), vhost);
            return exchanges.listAll(instance.id(), vhost);
        });
    }

    /** Deletes an exchange; the bindings from and to it go with it on the broker. */
    public void delete(Caller caller, String instanceId, String vhost, String name) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            scope.liveVirtualHost(instance.id(), vhost);
            exchanges.find(instance.id(), vhost, name)
                    .filter(e -> e.status() != ResourceStatus.DELETING)
                    .orElseThrow(() -> GatewayException.notFound(ResourceType.EXCHANGE, name));
            exchanges.setStatus(instance.id(), vhost, name, ResourceStatus.DELETING);
            return provisioning.enqueue(AmqpTopologyJobs.DELETE_EXCHANGE, instance.id(), AmqpJobKeys.of(vhost, name));
        });
        provisioning.runNow(jobId);
    }
}
