package io.cloudmq.gateway.core.model.message;

import java.util.List;
import java.util.Map;

/** A message the gateway sends on a tenant's behalf (a test message). */
public record OutgoingMessage(String tags, List<String> keys, byte[] body, Map<String, String> properties) {

    public OutgoingMessage {
        keys = keys == null ? List.of() : List.copyOf(keys);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
