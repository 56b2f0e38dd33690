package io.cloudmq.gateway.core.port.broker;

/**
 * How AMQP clients reach an instance: the {@code host:port} to connect to, and the prefix that turns a logical virtual
 * host name into the broker-side one clients must set (the virtual host {@code V} is {@code virtualHostPrefix + V}).
 */
public record AmqpEndpoints(String amqpEndpoint, String virtualHostPrefix) {

    public String brokerVirtualHost(String vhost) {
        return virtualHostPrefix + vhost;
    }
}
