package io.cloudmq.gateway.huawei.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.cloudmq.gateway.core.model.Instance;

import java.util.HashMap;
import java.util.Map;

/** Reads and writes {@link HuaweiInstanceAttributes} in an instance's neutral attribute map. */
public final class HuaweiAttributes {

    public static final String KEY = "huawei-dms";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private HuaweiAttributes() {
    }

    public static HuaweiInstanceAttributes of(Instance instance) {
        String json = instance.attributes().get(KEY);
        if (json == null) {
            // An instance created through another dialect: Huawei fields simply have no value.
            return new HuaweiInstanceAttributes(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
        try {
            return JSON.readValue(json, HuaweiInstanceAttributes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + KEY + " attributes of instance " + instance.id(), e);
        }
    }

    public static Map<String, String> with(Map<String, String> attributes, HuaweiInstanceAttributes huawei) {
        Map<String, String> out = new HashMap<>(attributes);
        try {
            out.put(KEY, JSON.writeValueAsString(huawei));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
