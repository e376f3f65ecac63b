package fr.vigie.bias;

import java.util.Arrays;
import java.util.Locale;
import fr.vigie.config.ConfigNode;

/** Reads a mapping key (not a value) as an enum constant, with the error on that key. */
final class ConfigNodeEnum {
    private ConfigNodeEnum() {
    }

    static <E extends Enum<E>> E parse(ConfigNode at, String key, Class<E> type) {
        String wanted = key.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw at.error("unknown key (expected one of: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
    }
}
