package org.coexist.rules;

import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message template parsed once. Templates made of text, plain {@code {n}} placeholders and {@code {n,choice,...}}
 * choices whose texts are made of the same (all of our messages) are filled by concatenation, as MessageFormat
 * would fill them; any other MessageFormat syntax (quotes, number or date formats) goes through MessageFormat.
 * Findings are made by the thousand: MessageFormat dominated the cost of a full validation, and a choice made it
 * parse the chosen text again on every message. Thread-safe.
 */
final class Template {
    private final String pattern;
    /** The pieces to concatenate, or null when MessageFormat fills the template. */
    private final Piece[] pieces;
    /**
     * Whether numbers are written as MessageFormat writes them (grouped, in the locale's digits): in a template with
     * a choice, which MessageFormat used to fill. Plain templates always wrote numbers as they are.
     */
    private final boolean localNumbers;
    /** Parsed once per thread and locale: MessageFormat and NumberFormat are not thread-safe. */
    private final ThreadLocal<MessageFormat> parsed = new ThreadLocal<>();
    private final ThreadLocal<NumberFormat> numbers = new ThreadLocal<>();
    private final ThreadLocal<Locale> numberLocale = new ThreadLocal<>();

    /** A part of a template: text, a placeholder, or a choice between templates by a number. */
    private sealed interface Piece permits Text, Argument, Choice {
    }

    private record Text(String text) implements Piece {
    }

    private record Argument(int index) implements Piece {
    }

    /** {@code {index,choice,...}}: the option whose limit is the greatest not above the number (ChoiceFormat's). */
    private record Choice(int index, double[] limits, Template[] options) implements Piece {
    }

    /** Puts one argument into words, straight into the message being built. */
    interface Words {
        void append(StringBuilder text, Object argument);

        /** The argument in words as a value of its own, for MessageFormat. */
        Object words(Object argument);
    }

    private Template(String pattern, Piece[] pieces, boolean localNumbers) {
        this.pattern = pattern;
        this.pieces = pieces;
        this.localNumbers = localNumbers;
    }

    static Template compile(String pattern) {
        return compile(pattern, pattern.contains(",choice,"));
    }

    private static Template compile(String pattern, boolean localNumbers) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                return new Template(pattern, null, true);
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int close = closing(pattern, i);
            Piece piece = close < 0 ? null : placeholder(pattern.substring(i + 1, close), localNumbers);
            if (piece == null) {
                return new Template(pattern, null, true);
            }
            if (literal.length() > 0) {
                pieces.add(new Text(literal.toString()));
                literal.setLength(0);
            }
            pieces.add(piece);
            i = close;
        }
        if (literal.length() > 0) {
            pieces.add(new Text(literal.toString()));
        }
        return new Template(pattern, pieces.toArray(new Piece[0]), localNumbers);
    }

    /** The index of the brace that closes the one at {@code open}, counting nested braces; -1 if none. */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A plain placeholder or a choice; null for anything else, which MessageFormat handles. */
    private static Piece placeholder(String inside, boolean localNumbers) {
        int comma = inside.indexOf(',');
        String index = comma < 0 ? inside : inside.substring(0, comma);
        if (index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
            return null;
        }
        if (comma < 0) {
            return new Argument(Integer.parseInt(index));
        }
        if (!inside.startsWith(index + ",choice,")) {
            return null;
        }
        ChoiceFormat choice = new ChoiceFormat(inside.substring(index.length() + ",choice,".length()));
        Object[] texts = choice.getFormats();
        Template[] options = new Template[texts.length];
        for (int i = 0; i < texts.length; i++) {
            options[i] = compile((String) texts[i], localNumbers);
            if (options[i].pieces == null) {
                return null;
            }
        }
        return new Choice(Integer.parseInt(index), choice.getLimits(), options);
    }

    /** Fills in the arguments, already turned into words (or numbers, for choices). */
    String format(Object[] words, Locale locale) {
        return format(words, PLAIN, locale);
    }

    /**
     * Fills in the arguments as the words put them, without making a string of each first: a full validation
     * renders thousands of messages.
     */
    String format(Object[] arguments, Words words, Locale locale) {
        if (pieces == null) {
            Object[] worded = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                worded[i] = words.words(arguments[i]);
            }
            return parsed(locale).format(worded);
        }
        StringBuilder text = new StringBuilder(pattern.length() + 96);
        appendTo(text, arguments, words, locale);
        return text.toString();
    }

    private void appendTo(StringBuilder text, Object[] arguments, Words words, Locale locale) {
        for (Piece piece : pieces) {
            if (piece instanceof Text t) {
                text.append(t.text());
            } else if (piece instanceof Argument a) {
                appendArgument(text, a.index(), arguments, words, locale);
            } else if (piece instanceof Choice c) {
                appendChoice(text, c, arguments, words, locale);
            }
        }
    }

    private void appendArgument(StringBuilder text, int index, Object[] arguments, Words words, Locale locale) {
        if (index >= arguments.length) {
            text.append('{').append(index).append('}');
        } else if (localNumbers && arguments[index] instanceof Number number) {
            text.append(numberFormat(locale).format(number));
        } else {
            words.append(text, arguments[index]);
        }
    }

    private void appendChoice(StringBuilder text, Choice choice, Object[] arguments, Words words, Locale locale) {
        if (choice.index() >= arguments.length) {
            text.append('{').append(choice.index()).append('}');
            return;
        }
        if (!(arguments[choice.index()] instanceof Number number)) {
            throw new IllegalArgumentException("the choice of argument " + choice.index() + " in \"" + pattern
                    + "\" needs a number, not " + arguments[choice.index()]);
        }
        double value = number.doubleValue();
        int option = 0;
        while (option + 1 < choice.limits().length && value >= choice.limits()[option + 1]) {
            option++;
        }
        choice.options()[option].appendTo(text, arguments, words, locale);
    }

    private MessageFormat parsed(Locale locale) {
        MessageFormat format = parsed.get();
        if (format == null || !format.getLocale().equals(locale)) {
            format = new MessageFormat(pattern, locale);
            parsed.set(format);
        }
        return format;
    }

    private NumberFormat numberFormat(Locale locale) {
        NumberFormat format = numbers.get();
        if (format == null || !locale.equals(numberLocale.get())) {
            format = NumberFormat.getInstance(locale);
            numbers.set(format);
            numberLocale.set(locale);
        }
        return format;
    }

    /** Arguments that are words already. */
    private static final Words PLAIN = new Words() {
        @Override
        public void append(StringBuilder text, Object argument) {
            text.append(argument);
        }

        @Override
        public Object words(Object argument) {
            return argument;
        }
    };
}
