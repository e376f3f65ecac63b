package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups one family of checks compares: a protected attribute's own values, a roll-up of them,
 * or the intersection of two attributes; with their counts and the reference group.
 */
final class GroupSet {
    /** One group: its label as the data writes it, its counts, and what the rules know of it. */
    static final class Group {
        final String label;
        final Cell cell;
        final GroupView view;
        String meaningFr;
        String meaningEn;
        String coding;
        /** The coded category it is a spelling of ({@code F}), or null. */
        String category;
        /** The reference population's group it belongs to, or null. */
        String populationKey;
        /** Values, each under the publication minimum, pooled here (0 for a group of one value). */
        int pooledValues;
        /** Roll-up group: the labels of the data's groups it holds. */
        final List<String> members = new ArrayList<>();
        /** Intersection: the group's index in each of the two attributes' sets. */
        int partA = -1;
        int partB = -1;

        Group(String label, Cell cell, GroupView view) {
            this.label = label;
            this.cell = cell;
            this.view = view;
        }

        boolean pooled() {
            return pooledValues > 0;
        }
    }

    final GroupView view;
    /** Index of the protected column in the request, or -1 for an intersection. */
    final int attributeIndex;
    final String attribute;
    final String column;
    /** Null for an intersection. */
    final ProtectedAttribute protectedAttribute;
    final List<Group> groups = new ArrayList<>();
    /** Index of each raw category of the scan's dictionary → its group here (value and roll-up sets). */
    int[] rawToGroup = new int[0];
    int reference = -1;
    ReferenceChoice choice = ReferenceChoice.LARGEST;
    /** An extra view beside the attribute's own values (its findings give way to those of the values). */
    boolean extraView;
    /** Intersection: the two attributes' own value sets it crosses (null otherwise). */
    GroupSet left;
    GroupSet right;

    GroupSet(GroupView view, int attributeIndex, String attribute, String column, ProtectedAttribute protectedAttribute) {
        this.view = view;
        this.attributeIndex = attributeIndex;
        this.attribute = attribute;
        this.column = column;
        this.protectedAttribute = protectedAttribute;
    }

    Group group(int g) {
        return groups.get(g);
    }

    int size() {
        return groups.size();
    }

    Group referenceGroup() {
        return reference < 0 ? null : groups.get(reference);
    }

    int indexOf(String label) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).label.equals(label)) {
                return g;
            }
        }
        return -1;
    }

    long total() {
        return groups.stream().mapToLong(g -> g.cell.n).sum();
    }
}
