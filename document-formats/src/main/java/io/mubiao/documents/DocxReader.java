package io.mubiao.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** DOCX → text with Apache POI: one line per paragraph, one line per table row (cells separated by a space). */
final class DocxReader {
    private DocxReader() {
    }

    static RawDocument read(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            List<RawTable> tables = new ArrayList<>();
            append(doc.getBodyElements(), out, tables);
            return new RawDocument(List.of(RawDocument.Block.text(out.toString())), null, null, false, List.copyOf(tables));
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

    private static void append(List<IBodyElement> elements, StringBuilder out, List<RawTable> tables) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                RawTable grid = grid(t);
                if (grid != null) {
                    tables.add(grid);
                }
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

    /** The table's grid: a cell merged across columns (gridSpan) or down from above (vMerge) fills each position. */
    private static RawTable grid(XWPFTable t) {
        RawTable.Builder b = new RawTable.Builder();
        List<XWPFTableRow> rows = t.getRows();
        for (int r = 0; r < rows.size(); r++) {
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                if (continued) {
                    b.continueAbove(r, span);
                } else {
                    b.add(r, cell.getText().replace('\n', ' ').strip(), 1, span);
                }
            }
        }
        return b.build();
    }
}
