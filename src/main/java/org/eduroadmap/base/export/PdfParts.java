package org.eduroadmap.base.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;

/**
 * What the printable documents share: the embedded DejaVu Sans fonts (they have the Cyrillic and Turkmen Latin
 * letters) and the look of a table cell.
 */
public final class PdfParts {

    public static final Color HEADER_BACKGROUND = new Color(0xeceff1);
    private static final Color BORDER = new Color(0xcfd8dc);

    private PdfParts() {
    }

    public static BaseFont regular() {
        return Fonts.REGULAR;
    }

    public static BaseFont bold() {
        return Fonts.BOLD;
    }

    public static PdfPCell cell(String content, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(4);
        cell.setBorderColor(BORDER);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** Loaded once, on first use. */
    private static final class Fonts {
        static final BaseFont REGULAR = font("/fonts/DejaVuSans.ttf");
        static final BaseFont BOLD = font("/fonts/DejaVuSans-Bold.ttf");

        private static BaseFont font(String path) {
            try (InputStream in = PdfParts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: " + path);
                }
                return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
