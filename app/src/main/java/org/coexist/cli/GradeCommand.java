package org.coexist.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.ExerciseException;
import org.coexist.exercise.Grade;
import org.coexist.exercise.Grader;
import org.coexist.io.TopologyFileException;
import org.coexist.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades trainees' designs against an exercise's answer key, one line per file.",
            "A file is graded by its findings: the key's mustFix findings gone, its mustRemain findings still "
                    + "there, and no new errors (each costs one key item's worth)."},
        footer = {"", "Exit status: 0 the files were graded (a file that cannot be read gets a line saying why), "
                + "2 the exercise cannot be read or is not an exercise.",
            "", "Example: coexist grade assets/exercises/fix-the-back-ends.coexist.json room/*.coexist.json --csv"})
final class GradeCommand implements Callable<Integer> {
    static final String CSV_HEADER = "file,score,fixed,mustFix,stillWrong,remained,mustRemain,removed,newErrors,problem";

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "EXERCISE", description = "The exercise (a topology file with an answer key).")
    private Path exerciseFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Trainees' designs.")
    private List<Path> files;

    @Option(names = "--csv", description = "Print CSV (a header, then one row per file) instead of text.")
    private boolean csv;

    GradeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Exercise exercise;
        try {
            Optional<Exercise> found = Exercise.of(context.reader().read(exerciseFile));
            if (found.isEmpty()) {
                context.err().println(exerciseFile + ": not an exercise: it has no \"exercise\" answer key");
                return ExitCodes.UNREADABLE;
            }
            exercise = found.get();
        } catch (TopologyFileException e) {
            context.err().println(e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (ExerciseException e) {
            context.err().println(exerciseFile + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        Grader grader = new Grader(context.engine());
        if (csv) {
            context.out().println(CSV_HEADER);
        }
        for (Path file : files) {
            Topology work;
            try {
                work = context.reader().read(file);
            } catch (TopologyFileException e) {
                report(file, null, e.getMessage());
                continue;
            }
            report(file, grader.grade(exercise, work), null);
        }
        return ExitCodes.CLEAN;
    }

    private void report(Path file, Grade grade, String problem) {
        if (csv) {
            context.out().println(grade == null
                    ? String.join(",", csvCell(file.toString()), "", "", "", "", "", "", "", "", csvCell(problem))
                    : String.join(",", csvCell(file.toString()), Integer.toString(grade.score()),
                            Integer.toString(grade.fixed().size()),
                            Integer.toString(grade.fixed().size() + grade.stillWrong().size()),
                            Integer.toString(grade.stillWrong().size()), Integer.toString(grade.remained().size()),
                            Integer.toString(grade.remained().size() + grade.removed().size()),
                            Integer.toString(grade.removed().size()), Integer.toString(grade.introduced().size()),
                            ""));
            return;
        }
        if (grade == null) {
            context.out().println(file + ": not graded: " + problem);
            return;
        }
        StringBuilder line = new StringBuilder().append(file).append(": ").append(grade.score()).append("/100")
                .append(" (fixed ").append(grade.fixed().size()).append(" of ")
                .append(grade.fixed().size() + grade.stillWrong().size());
        if (!grade.remained().isEmpty() || !grade.removed().isEmpty()) {
            line.append(", kept ").append(grade.remained().size()).append(" of ")
                    .append(grade.remained().size() + grade.removed().size());
        }
        line.append(", new errors ").append(grade.introduced().size()).append(')');
        context.out().println(line);
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
    static String csvCell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
