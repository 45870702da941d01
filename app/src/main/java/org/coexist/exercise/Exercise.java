package org.coexist.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coexist.model.Topology;

/**
 * A design made into a graded exercise: the trainee starts from it with the findings hidden, and their work is
 * graded against the answer key. It travels inside the topology file as the top-level {@value #FIELD} object, so an
 * exercise opens anywhere a design does and the trainee's saved file still carries its key.
 *
 * @param phase      the phase whose findings are graded, or null for the whole design
 * @param mustFix    findings the trainee must make disappear
 * @param mustRemain findings that are acceptable and must still be there
 */
public record Exercise(String instructions, String phase, List<FindingKey> mustFix, List<FindingKey> mustRemain) {
    public static final String FIELD = "exercise";

    public Exercise {
        instructions = instructions == null ? "" : instructions;
        mustFix = List.copyOf(mustFix);
        mustRemain = List.copyOf(mustRemain);
    }

    /** The exercise a topology carries, if it is one. */
    public static Optional<Exercise> of(Topology topology) throws ExerciseException {
        Object field = topology.extra().get(FIELD);
        if (field == null) {
            return Optional.empty();
        }
        if (!(field instanceof Map<?, ?> map)) {
            throw new ExerciseException("$.exercise: expected an object");
        }
        Object instructions = map.get("instructions");
        Object phase = map.get("phase");
        if (instructions != null && !(instructions instanceof String)) {
            throw new ExerciseException("$.exercise.instructions: expected a string");
        }
        if (phase != null && !(phase instanceof String)) {
            throw new ExerciseException("$.exercise.phase: expected the id of a phase");
        }
        if (phase != null && topology.phase((String) phase) == null) {
            throw new ExerciseException("$.exercise.phase: names no phase \"" + phase + "\"");
        }
        return Optional.of(new Exercise((String) instructions, (String) phase, keys(map, "mustFix", true),
                keys(map, "mustRemain", false)));
    }

    private static List<FindingKey> keys(Map<?, ?> exercise, String field, boolean required)
            throws ExerciseException {
        Object value = exercise.get(field);
        if (value == null && !required) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ExerciseException("$.exercise." + field + ": expected a list of {rule, subjects}");
        }
        List<FindingKey> keys = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "$.exercise." + field + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> item) || !(item.get("rule") instanceof String rule)
                    || !(item.get("subjects") instanceof List<?> subjects)) {
                throw new ExerciseException(where + ": expected {\"rule\": \"…\", \"subjects\": [\"…\"]}");
            }
            List<String> ids = new ArrayList<>();
            for (Object subject : subjects) {
                if (!(subject instanceof String id)) {
                    throw new ExerciseException(where + ".subjects: expected ids (strings)");
                }
                ids.add(id);
            }
            keys.add(new FindingKey(rule, java.util.Set.copyOf(ids)));
        }
        return keys;
    }

    /** The exercise as the file's plain values, to be set on a topology's extra fields. */
    public Map<String, Object> toFileValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        if (!instructions.isEmpty()) {
            value.put("instructions", instructions);
        }
        if (phase != null) {
            value.put("phase", phase);
        }
        value.put("mustFix", fileValues(mustFix));
        if (!mustRemain.isEmpty()) {
            value.put("mustRemain", fileValues(mustRemain));
        }
        return value;
    }

    private static List<Object> fileValues(List<FindingKey> keys) {
        List<Object> values = new ArrayList<>();
        for (FindingKey key : keys) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", key.rule());
            item.put("subjects", key.sortedSubjects());
            values.add(item);
        }
        return values;
    }
}
