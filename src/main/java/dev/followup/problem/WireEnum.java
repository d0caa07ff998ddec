package dev.followup.problem;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The names enums have on the wire ({@code @JsonProperty} on each constant), for query and path parameters. */
public final class WireEnum {

    private WireEnum() {
    }

    /** Every wire name of {@code type}, in declaration order. */
    public static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> nameOf((Enum<?>) c)).toList();
    }

    public static String nameOf(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("an enum constant is a field of its class", e);
        }
    }
}
