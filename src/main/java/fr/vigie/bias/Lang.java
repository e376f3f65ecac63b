package fr.vigie.bias;

import java.util.Locale;

/** The language of the scan's text: French by default, English on request. */
public enum Lang {
    FR, EN;

    /**
     * {@code fr} or {@code en}, any case.
     *
     * @throws IllegalArgumentException for any other language
     */
    public static Lang parse(String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        for (Lang lang : values()) {
            if (lang.name().equals(wanted)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected fr or en)");
    }

    /** The French or the English text, as this language asks. */
    public String pick(String fr, String en) {
        return this == FR ? fr : en;
    }
}
