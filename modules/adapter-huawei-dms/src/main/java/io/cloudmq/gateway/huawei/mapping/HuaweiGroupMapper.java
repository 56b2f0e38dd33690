package io.cloudmq.gateway.huawei.mapping;

import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.model.DeliveryOrder;
import io.cloudmq.gateway.core.model.MessageModel;
import io.cloudmq.gateway.huawei.dto.GroupRequest;
import io.cloudmq.gateway.huawei.dto.GroupView;
import org.mapstruct.Mapper;

import java.util.List;

/**
 * Consumer group shapes of the DMS API: {@code enabled}↔consumeEnabled, {@code broadcast}↔BROADCASTING,
 * {@code retry_max_time}↔maxRetryTimes (16, the RocketMQ default, when unset), {@code consume_orderly}↔ORDERLY,
 * {@code group_desc}↔description.
 */
@Mapper
public interface HuaweiGroupMapper {

    int DEFAULT_RETRY_TIMES = 16;

    default GroupView show(ConsumerGroup group, List<String> brokers) {
        return new GroupView(group.consumeEnabled(), group.messageModel() == MessageModel.BROADCASTING, brokers,
                group.name(), group.description() == null ? "" : group.description(), retryTimes(group),
                List.of("sub"), null, null);
    }

    default GroupView listItem(ConsumerGroup group, List<String> brokers) {
        GroupView v = show(group, brokers);
        return new GroupView(v.enabled(), v.broadcast(), v.brokers(), v.name(), v.groupDesc(), v.retryMaxTime(),
                v.permissions(), group.createdAt() == null ? null : group.createdAt().toEpochMilli(),
                group.deliveryOrder() == DeliveryOrder.ORDERLY);
    }

    /** New settings: the request's fields over {@code current} (null for a new group). */
    default ConsumerGroupSettings settings(GroupRequest req, ConsumerGroup current) {
        String description = req.groupDesc() != null ? req.groupDesc() : current == null ? null : current.description();
        DeliveryOrder order = req.consumeOrderly() != null
                ? (req.consumeOrderly() ? DeliveryOrder.ORDERLY : DeliveryOrder.CONCURRENTLY)
                : current == null ? null : current.deliveryOrder();
        MessageModel model = req.broadcast() != null
                ? (req.broadcast() ? MessageModel.BROADCASTING : MessageModel.CLUSTERING)
                : current == null ? null : current.messageModel();
        boolean enabled = req.enabled() != null ? req.enabled() : current == null || current.consumeEnabled();
        Integer retries = req.retryMaxTime() != null ? req.retryMaxTime()
                : current == null ? null : current.maxRetryTimes();
        if (current == null) {
            return new ConsumerGroupSettings(description, order, model, enabled, retries, null, null, null, null);
        }
        return new ConsumerGroupSettings(description, order, model, enabled, retries, current.retryPolicy(),
                current.deadLetterTopic(), current.maxReceiveTps(), current.attributes());
    }

    private static int retryTimes(ConsumerGroup group) {
        return group.maxRetryTimes() == null ? DEFAULT_RETRY_TIMES : group.maxRetryTimes();
    }
}
