package org.coexist.rules;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message template parsed once. Templates made only of text and plain {@code {n}} placeholders (nearly all)
 * are filled by concatenation; any other MessageFormat syntax (choice, number formats, quotes) goes through
 * MessageFormat. Findings are made by the thousand, and MessageFormat dominated the cost of a full validation.
 * Thread-safe.
 */
final class Template {
    private final String pattern;
    private final String[] literals;
    private final int[] arguments;
    /**
     * Choice and number patterns, parsed once per thread and locale: MessageFormat is not thread-safe, and
     * parsing one took most of the time of re-checking a forest.
     */
    private final ThreadLocal<MessageFormat> parsed = new ThreadLocal<>();

    private Template(String pattern, String[] literals, int[] arguments) {
        this.pattern = pattern;
        this.literals = literals;
        this.arguments = arguments;
    }

    static Template compile(String pattern) {
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                return new Template(pattern, null, null);
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int close = pattern.indexOf('}', i);
            String inside = close < 0 ? "" : pattern.substring(i + 1, close);
            if (inside.isEmpty() || !inside.chars().allMatch(Character::isDigit)) {
                return new Template(pattern, null, null);
            }
            literals.add(literal.toString());
            literal.setLength(0);
            arguments.add(Integer.parseInt(inside));
            i = close;
        }
        literals.add(literal.toString());
        return new Template(pattern, literals.toArray(new String[0]),
                arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Fills in the arguments, already turned into words (or numbers, for choice formats). */
    String format(Object[] words, Locale locale) {
        if (literals == null) {
            MessageFormat format = parsed.get();
            if (format == null || !format.getLocale().equals(locale)) {
                format = new MessageFormat(pattern, locale);
                parsed.set(format);
            }
            return format.format(words);
        }
        StringBuilder text = new StringBuilder(pattern.length() + 64);
        for (int i = 0; i < arguments.length; i++) {
            text.append(literals[i]);
            int index = arguments[i];
            text.append(index < words.length ? String.valueOf(words[index]) : "{" + index + "}");
        }
        return text.append(literals[arguments.length]).toString();
    }
}
