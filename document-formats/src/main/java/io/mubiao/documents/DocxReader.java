package io.mubiao.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** DOCX → text with Apache POI: one line per paragraph, one line per table row (cells separated by a space). */
final class DocxReader {
    private DocxReader() {
    }

    static RawDocument read(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            append(doc.getBodyElements(), out);
            return new RawDocument(List.of(RawDocument.Block.text(out.toString())), null, null, false);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw RejectedDocument.unreadable("This is an OLE2 file (legacy .doc, or an encrypted DOCX), not a DOCX; "
                    + "save it as an unprotected DOCX or PDF.");
        } catch (EncryptedDocumentException e) {
            throw RejectedDocument.unreadable("The DOCX is encrypted; upload an unprotected copy.");
        } catch (POIXMLException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw RejectedDocument.unreadable("The DOCX cannot be read: it is not a complete Word document (it may be "
                    + "damaged or truncated, or another kind of file named .docx).", e);
        }
    }

    private static void append(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    StringBuilder line = new StringBuilder();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String c = cell.getText().replace('\n', ' ').strip();
                        if (!c.isEmpty()) {
                            line.append(line.length() > 0 ? " " : "").append(c);
                        }
                    }
                    out.append(line).append('\n');
                }
            }
        }
    }
}
