package fr.vigie.ingest;

import java.util.Map;

/**
 * One document of a document job, as the report lists it: its size and the personal data found in it,
 * counted per info type (never a value).
 *
 * @param file         the document, relative to the project where it is inside it
 * @param mediaType    as detected; null when unreadable
 * @param personalData occurrences per info type
 * @param unreadable   why the document could not be read, or null
 */
public record DocumentResult(String file, String mediaType, long characters, boolean truncated,
        Map<String, Integer> personalData, String unreadable) {
}
