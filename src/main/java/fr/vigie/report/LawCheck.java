package fr.vigie.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * What one run shows for one law: an item of the report's {@code laws} section, which also carries the
 * law's number and titles for readers of the JSON.
 *
 * @param law the law
 * @param status how the run stands
 * @param evidence one French sentence saying why, built from the report (never from raw data)
 */
@JsonPropertyOrder({"law", "number", "title", "titleEn", "status", "evidence"})
public record LawCheck(Law law, LawStatus status, String evidence) {
    public LawCheck {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    @JsonProperty("number")
    int number() {
        return law.number();
    }

    @JsonProperty("title")
    String title() {
        return law.titleFr();
    }

    @JsonProperty("titleEn")
    String titleEn() {
        return law.titleEn();
    }
}
