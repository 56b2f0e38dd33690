package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ExportDlqMessage and SendDlqMessage: dead letters of the group that the {@code %DLQ%<group>} topic names. */
public record DlqRequest(
        @JsonProperty("topic") String topic,
        @JsonProperty("msg_id_list") List<String> msgIdList,
        @JsonProperty("uniq_key_list") List<String> uniqKeyList) {
}
