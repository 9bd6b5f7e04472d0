package dev.gatehouse.console.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.console.policies.LineDiff.Change;
import dev.gatehouse.console.policies.LineDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void identicalTextsAreAllKeptLines() {
        List<Line> diff = LineDiff.between("a\nb\n", "a\nb\n");

        assertThat(diff).extracting(Line::change).containsExactly(Change.SAME, Change.SAME);
        assertThat(diff).extracting(Line::oldLine).containsExactly(1, 2);
        assertThat(diff).extracting(Line::newLine).containsExactly(1, 2);
    }

    @Test
    void aChangedLineIsRemovedThenAddedWithBothNumbers() {
        List<Line> diff = LineDiff.between("package p\nallow if true\nx := 1", "package p\nallow if false\nx := 1");

        assertThat(diff).containsExactly(
                new Line(Change.SAME, 1, 1, "package p"),
                new Line(Change.REMOVED, 2, 0, "allow if true"),
                new Line(Change.ADDED, 0, 2, "allow if false"),
                new Line(Change.SAME, 3, 3, "x := 1"));
    }

    @Test
    void insertedAndDeletedLinesKeepTheCommonOnesInOrder() {
        List<Line> diff = LineDiff.between("a\nb\nc\nd", "a\nc\nd\ne");

        assertThat(diff).extracting(l -> l.sign() + l.text()).containsExactly(" a", "-b", " c", " d", "+e");
    }

    @Test
    void fromNothingEveryLineIsAdded() {
        assertThat(LineDiff.between(null, "one\ntwo")).extracting(Line::change).containsExactly(Change.ADDED, Change.ADDED);
        assertThat(LineDiff.between("one\n", "")).extracting(Line::change).containsExactly(Change.REMOVED);
    }

    @Test
    void windowsLineEndsAndATrailingNewlineDoNotCountAsChanges() {
        assertThat(LineDiff.between("a\r\nb\r\n", "a\nb")).extracting(Line::change).containsOnly(Change.SAME);
    }

    @Test
    void keepsTheLongestCommonRunWhenLinesRepeat() {
        List<Line> diff = LineDiff.between("x\ny\nx\ny", "y\nx\ny\nx");

        assertThat(diff.stream().filter(l -> l.change() == Change.SAME).count()).isEqualTo(3);
        assertThat(diff).hasSize(5);
    }

    @Test
    void linesKnowTheirCssClass() {
        assertThat(new Line(Change.ADDED, 0, 1, "x").css()).isEqualTo("added");
        assertThat(new Line(Change.REMOVED, 1, 0, "x").css()).isEqualTo("removed");
    }
}
