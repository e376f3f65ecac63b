package fr.vigie.report;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Report trees for the report package's tests: a realistic CCAS run, and ways to bend it. */
final class ReportFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A social-aid run shared with one partner, pending review; one column name tries to inject a script. */
    static final String CCAS_REPORT = """
            {
              "run": {"id": "20261123-0200-ccas", "job": "ccas-aides", "jobFile": "jobs/ccas.yml",
                      "dataset": "ccas-aides", "department": "CCAS",
                      "description": "Demandes d'aide sociale facultative",
                      "purpose": "Pilotage des aides et partage statistique avec les villes partenaires",
                      "startedAt": "2026-11-23T02:00:00Z", "finishedAt": "2026-11-23T02:00:41Z",
                      "status": "COMPLETED"},
              "summary": {"status": "AMBER",
                          "headline": "5 000 lignes traitées ; 1 export en attente de revue ; AIPD requise.",
                          "needsDecision": ["Approuver ou rejeter l'export pour nimes",
                                            "Vérifier l'AIPD du traitement (santé × finances)"]},
              "ingest": {"source": "sample-data/ccas/aides.csv", "format": "csv",
                         "dialect": {"encoding": "windows-1252", "delimiter": ";", "header": true},
                         "rowsRead": 5000, "rowsAccepted": 4980, "rowsQuarantined": 20,
                         "profile": {"columns": [
                           {"name": "nir", "inferredType": "string", "nullRatio": 0.0, "distinctEstimate": 5000,
                            "min": "1010175123456", "max": "2991275123456",
                            "topPatterns": [{"pattern": "9999999999999", "count": 5000}]},
                           {"name": "commune", "inferredType": "string", "nullRatio": 0.01, "distinctEstimate": 31,
                            "min": "Baillargues", "max": "Vendargues",
                            "topPatterns": [{"pattern": "Aaaaaaaaaa", "count": 2100}]},
                           {"name": "revenu_mensuel", "inferredType": "number", "nullRatio": 0.05,
                            "distinctEstimate": 3120, "min": "0", "max": "4850.5"}]}},
              "classification": {
                "columns": [
                  {"name": "nir", "attributeType": "IDENTIFYING", "infoType": "FR_NIR", "domain": null,
                   "protectedAttribute": null, "confidence": 0.98,
                   "evidence": {"nameMatch": "nir", "valueMatchRatio": 0.99, "sampled": 1000, "rule": "fr-nir"}},
                  {"name": "date_naissance", "attributeType": "QUASI_IDENTIFYING", "infoType": "DATE_OF_BIRTH",
                   "domain": null, "protectedAttribute": "AGE", "confidence": 0.95,
                   "evidence": {"nameMatch": "naissance", "valueMatchRatio": 1.0, "sampled": 1000}},
                  {"name": "sexe", "attributeType": "QUASI_IDENTIFYING", "infoType": "GENDER", "domain": null,
                   "protectedAttribute": "GENDER", "confidence": 0.97,
                   "evidence": {"nameMatch": "sexe", "valueMatchRatio": 1.0, "sampled": 1000}},
                  {"name": "commune", "attributeType": "QUASI_IDENTIFYING", "infoType": "POSTAL_CODE",
                   "domain": null, "protectedAttribute": null, "confidence": 0.9, "evidence": {"nameMatch": "commune"}},
                  {"name": "revenu_mensuel", "attributeType": "SENSITIVE", "infoType": null, "domain": "FINANCIAL",
                   "protectedAttribute": null, "confidence": 0.85, "evidence": {"nameMatch": "revenu"}},
                  {"name": "handicap", "attributeType": "SENSITIVE", "infoType": null, "domain": "HEALTH",
                   "protectedAttribute": "DISABILITY", "confidence": 0.8, "evidence": {"nameMatch": "handicap"},
                   "pinnedBy": "jobs/ccas.yml"},
                  {"name": "<script>alert(1)</script>", "attributeType": "INSENSITIVE", "infoType": null,
                   "domain": null, "protectedAttribute": null, "confidence": 0.5, "evidence": {}},
                  {"name": "decision", "attributeType": "INSENSITIVE", "confidence": 0.6, "evidence": {}}],
                "dataset": {"sensitivity": "HIGH", "domains": ["HEALTH", "FINANCIAL"],
                            "crossesHealthAndFinance": true, "dpiaRequired": true,
                            "recordOfProcessing": {"controller": "Métropole", "legalBasis": "mission de service public"}}},
              "alerts": [
                {"level": "HIGH", "code": "HEALTH_FINANCE_CROSSING",
                 "message": "Le jeu croise des données de santé (handicap) et financières (revenu_mensuel)."},
                {"level": "WARNING", "code": "DPIA_REQUIRED", "message": "Une analyse d'impact est requise."},
                {"level": "INFO", "code": "PROTECTED_ATTRIBUTES", "message": "Attributs protégés : sexe, âge, handicap."}],
              "anonymisation": [
                {"partner": "nimes", "policy": "partner-k5", "rowsIn": 4980, "rowsReleased": 4950, "suppressedRows": 30,
                 "columns": {"nir": "dropped", "date_naissance": "generalised", "sexe": "kept",
                             "commune": "generalised", "revenu_mensuel": "generalised", "handicap": "dropped"},
                 "transformation": {"date_naissance": 2, "commune": 1, "revenu_mensuel": 1},
                 "guarantees": {"k": 5, "classes": 212, "l": 2, "t": 0.28},
                 "riskBefore": {"prosecutorMax": 1.0, "prosecutorAverage": 0.71, "recordsAtRisk": 0.93},
                 "riskAfter": {"prosecutorMax": 0.2, "prosecutorAverage": 0.04, "recordsAtRisk": 0.0},
                 "utility": {"loss": 0.23, "perAttribute": {"date_naissance": 0.4, "commune": 0.2}},
                 "minimisation": {"dropped": ["handicap"]}}],
              "bias": {
                "rows": 4980, "protectedColumns": [{"column": "sexe", "attribute": "GENDER", "source": "DECLARED"},
                  {"column": "nationalite", "attribute": "ORIGIN", "source": "DECLARED"}],
                "outcome": "decision", "positive": "ACCORDEE", "outcomeKind": "BINARY", "confidenceLevel": 0.95,
                "groups": [
                  {"attribute": "GENDER", "column": "sexe", "group": "F", "size": 2600, "share": 0.52,
                   "outcomeRate": 0.62, "outcomeRateCi": {"low": 0.60, "high": 0.64}, "view": "VALUE",
                   "meaningFr": "les femmes", "meaningEn": "women"},
                  {"attribute": "GENDER", "column": "sexe", "group": "M", "size": 2380, "share": 0.48,
                   "outcomeRate": 0.78, "outcomeRateCi": {"low": 0.76, "high": 0.80}, "view": "VALUE",
                   "reference": true, "meaningFr": "les hommes", "meaningEn": "men"},
                  {"attribute": "ORIGIN", "column": "nationalite", "group": "hors UE", "size": 12,
                   "insufficientData": true, "view": "VALUE"}],
                "findings": [
                  {"id": "B001", "check": "OUTCOME_RATE", "attribute": "GENDER", "column": "sexe", "group": "F",
                   "referenceGroup": "M", "referenceChoice": "MOST_FAVOURED", "metric": "DISPARATE_IMPACT",
                   "value": 0.795, "confidenceInterval": {"low": 0.76, "high": 0.83}, "pValue": 0.0001,
                   "qValue": 0.0003, "severity": "HIGH", "status": "EVALUATED", "direction": "UNFAVOURABLE_TO_GROUP",
                   "scope": "VALUE", "triage": "AS_RATED",
                   "messageFr": "62 % des demandes des femmes sont accordées contre 78 % pour les hommes.",
                   "messageEn": "62% of women's requests are granted against 78% of men's."},
                  {"id": "B002", "check": "OUTCOME_RATE", "attribute": "ORIGIN", "column": "nationalite",
                   "group": "hors UE", "referenceGroup": "Française", "severity": "INFO",
                   "status": "INSUFFICIENT_DATA", "scope": "VALUE", "triage": "INSUFFICIENT_DATA",
                   "messageFr": "Groupe trop petit pour conclure.", "messageEn": "Group too small to conclude."}],
                "summary": [{"attribute": "GENDER", "column": "sexe", "findingId": "B001", "severity": "HIGH",
                   "messageFr": "Biais selon « sexe » : 62 % des demandes des femmes sont accordées contre 78 %.",
                   "messageEn": "Bias by sexe: 62% of women's requests are granted against 78%."}],
                "maxSeverity": "HIGH", "insufficientData": true},
              "exports": [{"partner": "nimes", "path": "store/exports/nimes/ccas-aides/20261123-0200-ccas",
                           "status": "PENDING_REVIEW", "rows": 4950,
                           "manifestSha256": "3f2a9c0d5b7e41aa9d0c6e1f2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d"}],
              "quarantine": {"rows": 20, "ratio": 0.004, "maxRatio": 0.05,
                             "reasons": {"bad date": 12, "wrong column count": 8},
                             "file": "store/quarantine/20261123-0200-ccas/rows.csv"},
              "footprint": {"cpuSeconds": 38.2, "wallSeconds": 41.0, "bytesRead": 1048576, "bytesWritten": 524288,
                            "peakMemoryBytes": 268435456, "energyWh": 0.107, "co2eGrams": 0.0053,
                            "factors": {"wattsPerCore": 10, "wattsPerGiB": 0.3725, "pue": 1.0,
                                        "gridGramsCo2ePerKWh": 50}},
              "audit": [
                {"at": "2026-11-23T02:00:00Z", "actor": "scheduler", "action": "RUN_STARTED",
                 "subject": "20261123-0200-ccas", "hash": "a1b2c3d4e5f60718293a4b5c6d7e8f90"},
                {"at": "2026-11-23T02:00:41Z", "actor": "scheduler", "action": "EXPORT_CREATED",
                 "subject": "nimes/ccas-aides", "hash": "0f9e8d7c6b5a49382716a5b4c3d2e1f0"}],
              "customSection": {"note": "shown generically"}
            }
            """;

    private ReportFixtures() {
    }

    static ObjectNode ccas() {
        return (ObjectNode) JSON.readTree(CCAS_REPORT);
    }
}
