package io.mubiao.documents;

import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's {@link Matrix} product on reused arrays: the same float operations in the same order (so the same bits,
 * zeros' signs included: {@code getScalingFactorX} asks whether an entry is 0), without the two objects PDFBox makes
 * per product. A glyph's rendering matrix and the point after it are two products each, for every glyph of a page.
 */
final class PdfMatrixMath {
    private PdfMatrixMath() {
    }

    /** c = a × b, row-major 3 × 3 as Matrix holds them; non-finite entries rejected as Matrix rejects them. */
    static void multiply(float[] a, float[] b, float[] c) {
        float c0 = a[0] * b[0] + a[1] * b[3] + a[2] * b[6];
        float c1 = a[0] * b[1] + a[1] * b[4] + a[2] * b[7];
        float c2 = a[0] * b[2] + a[1] * b[5] + a[2] * b[8];
        float c3 = a[3] * b[0] + a[4] * b[3] + a[5] * b[6];
        float c4 = a[3] * b[1] + a[4] * b[4] + a[5] * b[7];
        float c5 = a[3] * b[2] + a[4] * b[5] + a[5] * b[8];
        float c6 = a[6] * b[0] + a[7] * b[3] + a[8] * b[6];
        float c7 = a[6] * b[1] + a[7] * b[4] + a[8] * b[7];
        float c8 = a[6] * b[2] + a[7] * b[5] + a[8] * b[8];
        c[0] = c0;
        c[1] = c1;
        c[2] = c2;
        c[3] = c3;
        c[4] = c4;
        c[5] = c5;
        c[6] = c6;
        c[7] = c7;
        c[8] = c8;
        for (float v : c) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("Multiplying two matrices produces illegal values");
            }
        }
    }

    /** A matrix's nine entries into an array. */
    static float[] values(Matrix m, float[] into) {
        for (int i = 0; i < 9; i++) {
            into[i] = m.getValue(i / 3, i % 3);
        }
        return into;
    }

    /** The translation {@code Matrix.getTranslateInstance(x, y)} holds. */
    static float[] translation(float x, float y, float[] into) {
        into[0] = 1;
        into[1] = 0;
        into[2] = 0;
        into[3] = 0;
        into[4] = 1;
        into[5] = 0;
        into[6] = x;
        into[7] = y;
        into[8] = 1;
        return into;
    }
}
