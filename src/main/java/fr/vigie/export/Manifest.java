package fr.vigie.export;

import fr.vigie.model.FormulaGuard;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The package manifest: a Frictionless (tabular) Data Package descriptor with Vigie's own
 * properties ({@code partner}, {@code dataset}, {@code runId}, {@code rows}, {@code provenance},
 * {@code signature}), which the standard allows. No timestamp: the same export gives the same bytes.
 */
final class Manifest {
    static final String FILE = "datapackage.json";
    static final String SIGNATURE_FILE = "datapackage.json.sig";

    /** Sorted map keys keep a provenance given as a HashMap deterministic. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Manifest() {
    }

    /** The manifest bytes for a package whose data files have the given sizes and hashes. */
    static byte[] build(PackageRequest request, long rows, Map<ExportFormat, long[]> sizes,
            Map<ExportFormat, String> hashes, String publicKeySha256) {
        ObjectNode root = JSON.createObjectNode();
        putDescription(root, request);
        ArrayNode resources = root.putArray("resources");
        for (ExportFormat format : request.formats()) {
            resources.add(resource(request, format, rows, sizes.get(format)[0], hashes.get(format)));
        }
        root.put("partner", request.partner());
        root.put("dataset", request.dataset());
        root.put("runId", request.runId());
        root.put("rows", rows);
        root.set("provenance", JSON.valueToTree(request.provenance()));
        root.putObject("signature")
                .put("algorithm", "Ed25519")
                .put("file", SIGNATURE_FILE)
                .put("encoding", "base64")
                .put("publicKeySha256", publicKeySha256);
        return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The package's Frictionless description: profile, name, title, licence and source. */
    private static void putDescription(ObjectNode root, PackageRequest request) {
        root.put("profile", "tabular-data-package");
        root.put("name", slug(request.dataset() + "-" + request.partner() + "-" + request.runId()));
        root.put("title", "Vigie export of " + request.dataset() + " for " + request.partner()
                + " (run " + request.runId() + ")");
        if (request.licence() != null && !request.licence().isBlank()) {
            ObjectNode licence = root.putArray("licenses").addObject();
            licence.put(request.licence().contains("://") ? "path" : "name", request.licence());
        }
        root.putArray("sources").addObject()
                .put("title", "Vigie run " + request.runId() + " of dataset " + request.dataset());
    }

    private static ObjectNode resource(PackageRequest request, ExportFormat format, long rows, long bytes,
            String hash) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("name", "data-" + format.format());
        resource.put("path", format.fileName());
        resource.put("profile", "tabular-data-resource");
        resource.put("format", format.format());
        resource.put("mediatype", format.mediaType());
        resource.put("bytes", bytes);
        resource.put("hash", "sha256:" + hash);
        resource.put("rows", rows);
        if (format == ExportFormat.CSV) {
            putCsvDialect(resource);
        }
        ObjectNode schema = resource.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Field field : request.fields()) {
            fields.addObject().put("name", field.name()).put("type", field.type().frictionlessName());
        }
        schema.putArray("missingValues").add("");
        return resource;
    }

    /** How the CSV file is written, and which cells carry the formula guard. */
    private static void putCsvDialect(ObjectNode resource) {
        resource.put("encoding", "utf-8");
        resource.putObject("dialect")
                .put("delimiter", ",")
                .put("lineTerminator", "\r\n")
                .put("quoteChar", "\"")
                .put("doubleQuote", true)
                .put("header", true);
        resource.putObject("formulaEscape")
                .put("prefix", FormulaGuard.PREFIX)
                .put("appliedTo", "cells starting with =, +, -, @, tab or carriage return, "
                        + "except plain signed numbers");
    }

    /** Frictionless package names are lower-case letters, digits, '-', '_' and '.'. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    static JsonNode parse(byte[] bytes) {
        return JSON.readTree(bytes);
    }
}
