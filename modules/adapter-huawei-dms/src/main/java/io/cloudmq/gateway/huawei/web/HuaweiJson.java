package io.cloudmq.gateway.huawei.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudmq.gateway.huawei.error.DmsError;

import java.io.IOException;

/**
 * Parses request bodies here rather than through JAX-RS, so that an empty or malformed body gets the DMS codes
 * (DMS.00400004 / DMS.00400005) instead of the framework's generic 400.
 */
public final class HuaweiJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private HuaweiJson() {
    }

    public static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw DmsError.EMPTY_BODY.exception();
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw DmsError.EMPTY_BODY.exception();
            }
            return value;
        } catch (IOException e) {
            throw DmsError.BAD_JSON.exception(DmsError.BAD_JSON.message() + " " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
