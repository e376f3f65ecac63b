package fr.vigie.classify;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds an info type inside free text: candidates found by {@code pattern} and confirmed by
 * {@code validator}, or phrases of {@code dictionary}.
 */
record TextScanRule(String infoType, Pattern pattern, Predicate<String> validator, Dictionary dictionary) {
}
