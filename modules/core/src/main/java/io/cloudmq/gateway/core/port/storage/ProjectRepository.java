package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Project;

import java.util.List;
import java.util.Optional;

public interface ProjectRepository {
    Optional<Project> find(String projectId);

    List<Project> listByTenant(String tenantId);

    void insert(Project project);
}
