package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Binding;
import io.cloudmq.gateway.core.model.ResourceStatus;

import java.util.List;
import java.util.Optional;

/** Bindings, addressed by their derived identity ({@code BindingSettings.identity()}) within a virtual host. */
public interface BindingRepository {
    Optional<Binding> find(String instanceId, String vhost, String identity);

    /** Bindings of a virtual host ordered by source, then destination. */
    List<Binding> listAll(String instanceId, String vhost);

    Binding insert(Binding binding);

    void setStatus(String instanceId, String vhost, String identity, ResourceStatus status);

    void delete(String instanceId, String vhost, String identity);
}
