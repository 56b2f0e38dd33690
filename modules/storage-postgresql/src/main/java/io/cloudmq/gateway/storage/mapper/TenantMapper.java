package io.cloudmq.gateway.storage.mapper;

import io.cloudmq.gateway.core.model.AccessKey;
import io.cloudmq.gateway.core.model.Project;
import io.cloudmq.gateway.core.model.Tenant;
import io.cloudmq.gateway.storage.entity.AccessKeyEntity;
import io.cloudmq.gateway.storage.entity.ProjectEntity;
import io.cloudmq.gateway.storage.entity.TenantEntity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Tenants and what hangs directly off them: access keys and projects. */
@Mapper
public interface TenantMapper {

    Tenant toRecord(TenantEntity entity);

    TenantEntity toEntity(Tenant tenant);

    AccessKey toRecord(AccessKeyEntity entity);

    // A new row: Hibernate seeds the version.
    @Mapping(target = "version", ignore = true)
    AccessKeyEntity toEntity(AccessKey key);

    Project toRecord(ProjectEntity entity);

    ProjectEntity toEntity(Project project);
}
