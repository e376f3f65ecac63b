package fr.vigie.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape of one partner's entry in the report's {@code anonymisation} section: the step's outcome
 * (partner, policy file, status, message) with the anonymiser's result laid flat in it, under the
 * report's names ({@code policy}, {@code guarantees}, {@code utility.perAttribute}) and with the
 * columns dropped for data minimisation listed. One place, read by the HTML report and the ten laws.
 */
public final class AnonymisationEntry {
    private AnonymisationEntry() {
    }

    /** The report entry for an outcome whose anonymiser result sits under {@code report}; flat ones are kept. */
    public static ObjectNode of(JsonNode outcome) {
        ObjectNode entry = (ObjectNode) outcome.deepCopy();
        if (!(entry.remove("report") instanceof ObjectNode nested)) {
            return entry;
        }
        for (var field : nested.properties()) {
            String key = switch (field.getKey()) {
                case "policyId" -> "policy";
                case "achieved" -> "guarantees";
                default -> field.getKey();
            };
            if (!entry.has(key) || entry.path(key).isNull()) {
                entry.set(key, field.getValue());
            }
        }
        if (entry.path("utility") instanceof ObjectNode utility && utility.has("lossPerQi")
                && !utility.has("perAttribute")) {
            utility.set("perAttribute", utility.remove("lossPerQi"));
        }
        if (entry.path("columns") instanceof ObjectNode columns && !entry.has("minimisation")) {
            // The anonymiser drops the columns the job's purpose does not need: that is the minimisation.
            ArrayNode dropped = entry.arrayNode();
            for (var column : columns.properties()) {
                if ("DROPPED".equals(J.text(column.getValue(), "treatment"))) {
                    dropped.add(column.getKey());
                }
            }
            entry.putObject("minimisation").set("dropped", dropped);
        }
        return entry;
    }
}
