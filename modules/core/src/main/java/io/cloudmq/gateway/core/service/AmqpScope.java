package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;

/** The rules every AMQP service applies before touching an instance's virtual hosts and what is inside them. */
record AmqpScope(InstanceRepository instances, VirtualHostRepository vhosts) {

    /** Longest AMQP short string: the protocol's limit for virtual host, exchange and queue names and routing keys. */
    static final int MAX_NAME = 255;

    /** An AMQP instance of the caller, whatever its status (for reads). */
    Instance owned(Caller caller, String instanceId) {
        Instance instance = new InstanceLookup(instances).owned(caller, instanceId);
        if (instance.engine() != Engine.RABBITMQ) {
            throw GatewayException.invalidState(ResourceType.INSTANCE, instanceId,
                    "is a " + instance.engine() + " instance; it has no virtual hosts, exchanges or queues.");
        }
        return instance;
    }

    /** An AMQP instance of the caller that may be changed now. */
    Instance running(Caller caller, String instanceId) {
        Instance instance = owned(caller, instanceId);
        InstanceService.requireStatus(instance, InstanceStatus.RUNNING,
                "is " + instance.status() + "; its AMQP objects can be changed only while it is RUNNING.");
        return instance;
    }

    /** A virtual host that exists and is not being deleted. */
    VirtualHost liveVirtualHost(String instanceId, String vhost) {
        return vhosts.find(instanceId, vhost)
                .filter(v -> v.status() != ResourceStatus.DELETING)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.VIRTUAL_HOST, vhost));
    }

    static void amqpName(String field, String value) {
        Validation.name(field, value, 1, MAX_NAME);
    }

    /** Exchange names the broker reserves: the default exchange ("") and the predeclared "amq.*" ones. */
    static void declarableExchangeName(String field, String value) {
        amqpName(field, value);
        if (value.startsWith("amq.")) {
            throw GatewayException.invalidParameter(field, "names starting with 'amq.' are reserved by the broker.");
        }
    }
}
