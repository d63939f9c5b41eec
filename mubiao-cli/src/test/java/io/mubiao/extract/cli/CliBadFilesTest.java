package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mubiao extract a.txt missing.txt b.txt}: each file that cannot be read is reported on stderr in a file's
 * terms (no "send the document", no Content-Type) and skipped; the others are extracted; the exit status says some
 * failed.
 */
class CliBadFilesTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run extract(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[files.length + 1];
        args[0] = "extract";
        System.arraycopy(files, 0, args, 1, files.length);
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsReportedAndTheOthersAreStillExtracted() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "2025年全市地区生产总值增长5%左右。");
        Path b = Files.writeString(dir.resolve("b.txt"), "2025年粮食产量稳定在250万吨以上。");
        Run r = extract(a.toString(), dir.resolve("missing.txt").toString(), b.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("missing.txt") && r.err().contains("no such file"), r.err());
        assertTrue(r.out().contains("\"doc\":\"a.txt\"") && r.out().contains("\"doc\":\"b.txt\""), r.out());
    }

    @Test
    void anEmptyOrBinaryFileIsReportedInAFilesTerms() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        Path binary = Files.write(dir.resolve("binary.txt"), noise);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Run r = extract(empty.toString(), binary.toString(), blank.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt: The file is empty."), r.err());
        assertTrue(r.err().contains("binary.txt: The file"), r.err());
        assertTrue(r.err().contains("blank.txt: The file holds no text"), r.err());
        for (String http : new String[] {"send the", "Content-Type", "body", "request"}) {
            assertFalse(r.err().contains(http), "HTTP wording '" + http + "': " + r.err());
        }
        assertTrue(r.err().contains("3 of 3 files could not be read"), r.err());
    }
}
