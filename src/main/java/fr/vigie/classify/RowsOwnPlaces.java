package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.Set;

/**
 * Info types that are the place a row describes only when one column of them keys the rows: a list of stops has a
 * stop's code (or name) on nearly every row different; a file whose stops repeat over many rows (pupils' tickets,
 * each with the stop where the pupil boards) describes something else at those stops, and its stop keeps its reading.
 *
 * @param infoTypes        the info types so read (a subset of place.notPersonal)
 * @param minDistinctRatio a column of one of them keys the rows from this share of different values
 */
record RowsOwnPlaces(Set<String> infoTypes, double minDistinctRatio) {
    static RowsOwnPlaces none() {
        return new RowsOwnPlaces(Set.of(), 1);
    }

    static RowsOwnPlaces read(ConfigNode node, Set<String> known) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("infoTypes", "minDistinctRatio");
        return new RowsOwnPlaces(DataSubjects.Rules.infoTypes(node, "infoTypes", known),
            node.number("minDistinctRatio", 0.9, 0.5, 1));
    }
}
