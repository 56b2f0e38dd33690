package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Project;
import io.cloudmq.gateway.core.port.storage.ProjectRepository;
import io.cloudmq.gateway.storage.entity.ProjectEntity;
import io.cloudmq.gateway.storage.mapper.TenantMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheProjectRepository implements ProjectRepository {

    private final TenantMapper mapper;

    @Inject
    public PanacheProjectRepository(TenantMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Project> find(String projectId) {
        return ProjectEntity.<ProjectEntity>findByIdOptional(projectId).map(mapper::toRecord);
    }

    @Override
    public List<Project> listByTenant(String tenantId) {
        return ProjectEntity.<ProjectEntity>list("tenantId", Sort.by("id"), tenantId).stream()
                .map(mapper::toRecord)
                .toList();
    }

    @Override
    public void insert(Project project) {
        try {
            mapper.toEntity(project).persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(ResourceType.PROJECT, project.id());
            }
            if (PersistenceErrors.isForeignKeyViolation(e)) {
                throw GatewayException.notFound(ResourceType.TENANT, project.tenantId());
            }
            throw e;
        }
    }
}
