package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.AmqpAccount;
import io.cloudmq.gateway.core.model.AmqpQueue;
import io.cloudmq.gateway.core.model.Binding;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Exchange;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;
import io.cloudmq.gateway.core.port.broker.AmqpBrokerDriver;
import io.cloudmq.gateway.core.port.storage.AmqpAccountRepository;
import io.cloudmq.gateway.core.port.storage.AmqpQueueRepository;
import io.cloudmq.gateway.core.port.storage.BindingRepository;
import io.cloudmq.gateway.core.port.storage.ExchangeRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Virtual host, exchange, queue and binding jobs. APPLY declares the stored object on the broker and then marks it
 * ACTIVE; DELETE removes it from the broker and then drops the row. Objects that are gone (or being deleted) by the
 * time an APPLY runs are skipped, so a job that outlived its object does nothing.
 */
@ApplicationScoped
public class AmqpTopologyJobs implements JobHandler {

    public static final String APPLY_VHOST = "APPLY_VHOST";
    public static final String DELETE_VHOST = "DELETE_VHOST";
    public static final String APPLY_EXCHANGE = "APPLY_EXCHANGE";
    public static final String DELETE_EXCHANGE = "DELETE_EXCHANGE";
    public static final String APPLY_QUEUE = "APPLY_QUEUE";
    public static final String DELETE_QUEUE = "DELETE_QUEUE";
    public static final String APPLY_BINDING = "APPLY_BINDING";
    public static final String DELETE_BINDING = "DELETE_BINDING";

    private final VirtualHostRepository vhosts;
    private final ExchangeRepository exchanges;
    private final AmqpQueueRepository queues;
    private final BindingRepository bindings;
    private final AmqpAccountRepository accounts;
    private final BrokerDrivers drivers;
    private final Transactions tx;

    @Inject
    public AmqpTopologyJobs(VirtualHostRepository vhosts, ExchangeRepository exchanges, AmqpQueueRepository queues,
                            BindingRepository bindings, AmqpAccountRepository accounts, BrokerDrivers drivers,
                            Transactions tx) {
        this.vhosts = vhosts;
        this.exchanges = exchanges;
        this.queues = queues;
        this.bindings = bindings;
        this.accounts = accounts;
        this.drivers = drivers;
        this.tx = tx;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(APPLY_VHOST, DELETE_VHOST, APPLY_EXCHANGE, DELETE_EXCHANGE, APPLY_QUEUE, DELETE_QUEUE,
                APPLY_BINDING, DELETE_BINDING);
    }

    @Override
    public void execute(Instance instance, ProvisioningJob job) {
        String id = instance.id();
        AmqpBrokerDriver driver = drivers.amqp();
        List<String> key = AmqpJobKeys.segments(job.resourceName());
        String vhost = key.get(0);
        BrokerPlacement placement = instance.placement();
        switch (job.kind()) {
            case APPLY_VHOST -> apply(() -> vhosts.find(id, vhost), VirtualHost::status,
                    v -> driver.applyVirtualHost(placement, vhost, liveAccounts(id)),
                    () -> vhosts.setStatus(id, vhost, ResourceStatus.ACTIVE));
            case DELETE_VHOST -> {
                driver.deleteVirtualHost(placement, vhost);
                tx.inNewTransaction(() -> vhosts.delete(id, vhost));
            }
            case APPLY_EXCHANGE -> apply(() -> exchanges.find(id, vhost, key.get(1)), Exchange::status,
                    e -> driver.applyExchange(placement, e.settings()),
                    () -> exchanges.setStatus(id, vhost, key.get(1), ResourceStatus.ACTIVE));
            case DELETE_EXCHANGE -> {
                driver.deleteExchange(placement, vhost, key.get(1));
                tx.inNewTransaction(() -> exchanges.delete(id, vhost, key.get(1)));
            }
            case APPLY_QUEUE -> apply(() -> queues.find(id, vhost, key.get(1)), AmqpQueue::status,
                    q -> driver.applyQueue(placement, q.settings()),
                    () -> queues.setStatus(id, vhost, key.get(1), ResourceStatus.ACTIVE));
            case DELETE_QUEUE -> {
                driver.deleteQueue(placement, vhost, key.get(1));
                tx.inNewTransaction(() -> queues.delete(id, vhost, key.get(1)));
            }
            case APPLY_BINDING -> apply(() -> bindings.find(id, vhost, key.get(1)), Binding::status,
                    b -> driver.applyBinding(placement, b.settings()),
                    () -> bindings.setStatus(id, vhost, key.get(1), ResourceStatus.ACTIVE));
            case DELETE_BINDING -> {
                // A binding has no name on the broker: its stored definition says which one to remove.
                tx.inNewTransaction(() -> bindings.find(id, vhost, key.get(1)))
                        .ifPresent(binding -> driver.deleteBinding(placement, binding.settings()));
                tx.inNewTransaction(() -> bindings.delete(id, vhost, key.get(1)));
            }
            default -> throw new IllegalArgumentException("not an AMQP topology job: " + job.kind());
        }
    }


    private <T> void apply(Supplier<Optional<T>> find, Function<T, ResourceStatus> status, Consumer<T> declare,
                           Runnable markActive) {
        StoredObjects.apply(tx, find, status, declare, current -> markActive.run());
    }

    private Set<String> liveAccounts(String instanceId) {
        return tx.inNewTransaction(() -> accounts.listAll(instanceId).stream()
                .filter(a -> a.status() != ResourceStatus.DELETING)
                .map(AmqpAccount::username)
                .collect(Collectors.toSet()));
    }
}
