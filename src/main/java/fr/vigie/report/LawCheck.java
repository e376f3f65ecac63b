package fr.vigie.report;

import java.util.Objects;

/**
 * What one run shows for one law.
 *
 * @param law the law
 * @param status how the run stands
 * @param evidence one French sentence saying why, built from the report (never from raw data)
 */
public record LawCheck(Law law, LawStatus status, String evidence) {
    public LawCheck {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }
}
