package io.cloudmq.gateway.core.port.broker;

import java.util.List;

/**
 * How clients reach an instance: the name server addresses (remoting clients), the proxy / gRPC endpoint when the
 * cluster has one, the broker addresses, and the namespace clients must set so their names map into the instance.
 */
public record InstanceEndpoints(List<String> nameServerAddresses, String grpcEndpoint, List<String> brokerAddresses,
                                String namespace) {
}
