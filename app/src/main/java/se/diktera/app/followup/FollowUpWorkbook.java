package se.diktera.app.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.diktera.app.Messages;
import se.diktera.app.followup.KeyFigures.Group;
import se.diktera.app.followup.KeyFigures.Row;

/**
 * Writes the follow-up as an .xlsx workbook (Apache POI) and the same tables as CSV beside it,
 * and reads a workbook's sums back for merging. Headings are in the user's language; the sums
 * sheet, which machines read, keeps fixed English column names.
 */
public final class FollowUpWorkbook {

    static final String SUMS_SHEET = "Summor";
    /** The display columns after the group's four, as message keys under {@code followup.col.}. */
    static final List<String> FIGURES = List.of("notes", "shareHome", "shareRemote", "leadMedian", "leadP90", "leadMean",
            "activeMedian", "activeMean", "survival", "added", "removed", "reviewMedian", "sendBackRate", "recordedMinutes",
            "exportMedian", "exportFailures", "givenBack");
    private static final List<String> GROUP = List.of("period", "unit", "template", "contactType");

    private final Messages messages;

    public FollowUpWorkbook(Messages messages) {
        this.messages = messages;
    }

    /** Writes {@code xlsx} and one CSV per table beside it ({@code name-<table>.csv}); returns the files written. */
    List<Path> write(FollowUpTables t, Path xlsx) throws IOException {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        tables.put(messages.get("followup.sheet.overview"), table(t.overview(), t.merged()));
        t.months().forEach((month, rows) -> tables.put(month, table(rows, t.merged())));
        tables.put(messages.get("followup.sheet.contactType"), table(t.byContactType(), t.merged()));
        tables.put(messages.get("followup.sheet.unit"), table(t.byUnit(), t.merged()));
        tables.put(messages.get("followup.sheet.week"), table(t.byWeek(), t.merged()));
        tables.put(messages.get("followup.sheet.definitions"), definitions(t.merged()));
        List<List<Object>> sums = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("kind", "period", "unit", "template", "contactType"));
        header.addAll(Sums.COLUMNS);
        sums.add(header);
        t.monthSums().forEach(r -> sums.add(sumsLine("month", r)));
        t.weekSums().forEach(r -> sums.add(sumsLine("week", r)));
        tables.put(SUMS_SHEET, sums);

        Path parent = xlsx.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        List<Path> written = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            tables.forEach((name, rows) -> fill(wb.createSheet(name), rows, bold));
            Path tmp = Files.createTempFile(parent, ".followup", ".xlsx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, xlsx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(xlsx);
        }
        String base = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
        for (Map.Entry<String, List<List<Object>>> e : tables.entrySet()) {
            Path csv = parent.resolve(base + "-" + fileName(e.getKey()) + ".csv");
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                for (List<Object> row : e.getValue()) {
                    p.printRecord(row);
                }
            }
            written.add(csv);
        }
        return written;
    }

    List<List<Object>> table(List<Row> rows, boolean merged) {
        List<List<Object>> out = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        GROUP.forEach(k -> header.add(messages.get("followup.col." + k)));
        FIGURES.forEach(k -> header.add(messages.get("followup.col." + k)));
        out.add(header);
        for (Row r : rows) {
            List<Object> line = new ArrayList<>(List.of(r.group().period(), r.group().unit(), r.group().template(),
                    r.group().contactType().isEmpty() ? "" : messages.get("ui.contact." + r.group().contactType())));
            if (r.suppressed()) {
                FIGURES.forEach(k -> line.add(KeyFigures.SUPPRESSED));
            } else {
                line.addAll(figures(r, merged));
            }
            out.add(line);
        }
        return out;
    }

    private static List<Object> figures(Row r, boolean merged) {
        Sums s = r.sums();
        KeyFigures.Spread spread = merged ? null : r.spread();
        Object notes = s.suppressedParts() > 0 ? s.notes() + " (+" + KeyFigures.SUPPRESSED + ")" : (Object) s.notes();
        return List.of(notes, share(s.homeVisits(), s.notes()), share(s.remote(), s.notes()),
                orDash(spread == null ? null : spread.leadMedian()), orDash(spread == null ? null : spread.leadP90()),
                mean(s.leadSeconds() / 60.0, s.leadCount()), orDash(spread == null ? null : spread.activeMedian()),
                mean(s.activeSeconds() / 60.0, s.activeCount()), mean(100 * s.survivalSum(), s.survivalCount()), s.added(),
                s.removed(), orDash(spread == null ? null : spread.reviewMedian()), share(s.sentBack(), s.reviewCount()),
                round(s.recordedSeconds() / 60.0), orDash(spread == null ? null : spread.exportMedian()), s.exportFailures(),
                round(s.givenBackMinutes()));
    }

    private static Object share(long part, long whole) {
        return whole == 0 ? "–" : round(100.0 * part / whole);
    }

    private static Object mean(double sum, long count) {
        return count == 0 ? "–" : round(sum / count);
    }

    private static Object orDash(Double v) {
        return v == null ? "–" : round(v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static List<Object> sumsLine(String kind, Row r) {
        List<Object> line = new ArrayList<>(List.of(kind, r.group().period(), r.group().unit(), r.group().template(),
                r.group().contactType()));
        if (r.suppressed()) {
            Sums.COLUMNS.forEach(c -> line.add(KeyFigures.SUPPRESSED));
        } else {
            line.addAll(r.sums().values().values());
        }
        return line;
    }

    private List<List<Object>> definitions(boolean merged) {
        List<List<Object>> out = new ArrayList<>();
        out.add(List.of(messages.get("followup.col.figure"), messages.get("followup.col.definition")));
        FIGURES.forEach(k -> out.add(List.of(messages.get("followup.col." + k), messages.get("followup.def." + k))));
        out.add(List.of(KeyFigures.SUPPRESSED, messages.get("followup.def.suppressed", KeyFigures.SMALLEST)));
        if (merged) {
            out.add(List.of(messages.get("followup.col.merged"), messages.get("followup.def.merged")));
        }
        return out;
    }

    private static void fill(Sheet sheet, List<List<Object>> rows, CellStyle bold) {
        for (int i = 0; i < rows.size(); i++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(i);
            List<Object> values = rows.get(i);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                Object v = values.get(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(v));
                }
                if (i == 0) {
                    cell.setCellStyle(bold);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!rows.isEmpty()) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
        }
    }

    private static String fileName(String sheet) {
        String ascii = Normalizer.normalize(sheet, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Workbook open(InputStream in, Path xlsx) throws IOException {
        try {
            return new XSSFWorkbook(in);
        } catch (RuntimeException e) {
            // POI's exceptions for a file that is no .xlsx (or a damaged one) are unchecked
            throw new IOException(xlsx.getFileName() + " is not a Diktera follow-up workbook (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The month and week sums of a workbook written by {@link #write}: {@code [months, weeks]}. */
    static List<Map<Group, Sums>> readSums(Path xlsx) throws IOException {
        Map<Group, Sums> months = new TreeMap<>();
        Map<Group, Sums> weeks = new TreeMap<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = open(in, xlsx)) {
            Sheet sheet = wb.getSheet(SUMS_SHEET);
            if (sheet == null) {
                throw new IOException(xlsx.getFileName() + " is not a Diktera follow-up workbook (it has no " + SUMS_SHEET + " sheet)");
            }
            DataFormatter text = new DataFormatter(Locale.ROOT);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                Group g = new Group(text.formatCellValue(row.getCell(1)), text.formatCellValue(row.getCell(2)),
                        text.formatCellValue(row.getCell(3)), text.formatCellValue(row.getCell(4)));
                Sums sums;
                Cell first = row.getCell(5);
                if (first == null || first.getCellType() != CellType.NUMERIC) {
                    sums = Sums.suppressed();
                } else {
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (int c = 5; c < header.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.put(text.formatCellValue(header.getCell(c)), cell == null ? 0 : cell.getNumericCellValue());
                    }
                    sums = Sums.fromValues(values);
                }
                ("week".equals(text.formatCellValue(row.getCell(0))) ? weeks : months).merge(g, sums, Sums::plus);
            }
        }
        return List.of(months, weeks);
    }
}
