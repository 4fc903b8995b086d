package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.followup.FollowUp;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;

/** The administrator's "Uppföljning" in the real window: the charts drawn, the table the workbook's overview. */
class FollowUpScreenTest {

    static final String ADMIN = "ett långt lösenord för ada";
    @TempDir
    static Path data;
    static AppContext context;
    final FxRobot robot = new FxRobot();
    final Messages sv = new Messages(Locale.forLanguageTag("sv"));

    @BeforeAll
    static void setUp() throws Exception {
        context = TestWindows.storeWithKnownNotes(data.resolve("home"), ADMIN);
        TestWindows.open(context, null, SessionLock.DEFAULT_IDLE);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theScreenShowsTheWorkbooksFiguresAndItsCharts() throws Exception {
        TestWindows.signIn(robot, "admin", ADMIN);
        // The administrator lands on the settings, loaded in the background: wait for them before moving on.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#fhir-server").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-followup");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#followup-from").tryQuery().isPresent());
        TestWindows.type(robot, "followup-from", "2026-11-01");
        TestWindows.type(robot, "followup-to", "2026-12-31");
        TestWindows.type(robot, "followup-unit", "Hemsjukvården Östersund");
        robot.clickOn("#followup-show");
        @SuppressWarnings("unchecked")
        TableView<List<String>> table = robot.lookup("#followup-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        WindowScreenshots.take(robot, "12-followup");

        // The same notes' workbook: the screen's table is its overview sheet, cell by cell.
        Path xlsx = data.resolve("same.xlsx");
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            new FollowUp(sv, Clock.systemUTC(), ZoneId.systemDefault()).export(admin, day("2026-11-01"), day("2027-01-01"),
                    "Hemsjukvården Östersund", FollowUp.DEFAULT_BASELINE_MINUTES, xlsx);
        }
        assertThat(table.getItems()).containsExactlyElementsOf(overview(xlsx));
        LineChart<?, ?> nearHome = robot.lookup("#followup-near-home").queryAs(LineChart.class);
        assertThat(nearHome.getData()).hasSize(2);
        assertThat(nearHome.getData().get(0).getData()).singleElement()
                .satisfies(point -> assertThat(point.getYValue()).isEqualTo(75.0));
        BarChart<?, ?> lead = robot.lookup("#followup-lead").queryAs(BarChart.class);
        assertThat(lead.getData().get(0).getData()).isNotEmpty();
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** The overview sheet's rows below its headings, numbers written as the screen writes them. */
    private List<List<String>> overview(Path xlsx) throws Exception {
        NumberFormat number = NumberFormat.getNumberInstance(sv.locale());
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet(sv.get("followup.sheet.overview"))) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Cell c : r) {
                    cells.add(c.getCellType() == CellType.NUMERIC ? number.format(c.getNumericCellValue()) : c.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
