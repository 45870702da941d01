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
            return parsed(locale).format(words);
        }
        StringBuilder text = new StringBuilder(pattern.length() + 64);
        for (int i = 0; i < arguments.length; i++) {
            text.append(literals[i]);
            int index = arguments[i];
            text.append(index < words.length ? String.valueOf(words[index]) : "{" + index + "}");
        }
        return text.append(literals[arguments.length]).toString();
    }

    /** Puts one argument into words, straight into the message being built. */
    interface Words {
        void append(StringBuilder text, Object argument);

        /** The argument in words as a value of its own, for MessageFormat. */
        Object words(Object argument);
    }

    /**
     * Fills in the arguments as the words put them, without making a string of each first: a full validation
     * renders thousands of messages.
     */
    String format(Object[] arguments, Words words, Locale locale) {
        if (literals == null) {
            Object[] worded = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                worded[i] = words.words(arguments[i]);
            }
            return parsed(locale).format(worded);
        }
        StringBuilder text = new StringBuilder(pattern.length() + 96);
        appendTo(text, arguments, words);
        return text.toString();
    }

    /** Appends the filled-in template; only for templates of text and plain placeholders (see {@link #isPlain}). */
    void appendTo(StringBuilder text, Object[] arguments, Words words) {
        for (int i = 0; i < this.arguments.length; i++) {
            text.append(literals[i]);
            int index = this.arguments[i];
            if (index < arguments.length) {
                words.append(text, arguments[index]);
            } else {
                text.append('{').append(index).append('}');
            }
        }
        text.append(literals[this.arguments.length]);
    }

    /** Made only of text and plain {n} placeholders, filled by concatenation. */
    boolean isPlain() {
        return literals != null;
    }

    private MessageFormat parsed(Locale locale) {
        MessageFormat format = parsed.get();
        if (format == null || !format.getLocale().equals(locale)) {
            format = new MessageFormat(pattern, locale);
            parsed.set(format);
        }
        return format;
    }
}
