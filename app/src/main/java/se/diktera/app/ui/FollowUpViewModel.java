package se.diktera.app.ui;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.diktera.app.Messages;
import se.diktera.app.followup.FollowUp;
import se.diktera.core.store.StoreSession;

/**
 * The administrator's "Uppföljning": for a period, the figures the follow-up workbook holds (the
 * overview table, the share of care near home by month, the lead time by week), and the workbook
 * written from the same notes. Read and written off the FX thread.
 */
public final class FollowUpViewModel {

    private final StoreSession session;
    private final Messages messages;
    private final FollowUp followUp;
    private final Executor background;
    private final Executor fx;
    private final ZoneId zone;
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final StringProperty unit = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<List<String>> table = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, double[]>> nearHome = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<String, Double>> leadByWeek = new SimpleObjectProperty<>(Map.of());

    public FollowUpViewModel(StoreSession session, Messages messages, Clock clock, ZoneId zone, Executor background, Executor fx) {
        this.session = session;
        this.messages = messages;
        this.followUp = new FollowUp(messages, clock, zone);
        this.background = background;
        this.fx = fx;
        this.zone = zone;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.set(today.withDayOfMonth(1).minusMonths(11).toString());
        to.set(today.toString());
        unit.set(messages.get("followup.thisDevice"));
    }

    /** Computes the figures for the period on the screen. */
    public CompletableFuture<FollowUp.Overview> load() {
        Instant[] period = period();
        if (period.length == 0) {
            return CompletableFuture.completedFuture(null);
        }
        String unitName = unit.get().strip();
        return BackgroundTask.of(() -> followUp.overview(session, period[0], period[1], unitName, FollowUp.DEFAULT_BASELINE_MINUTES))
                .onRunning(() -> busy.set(true))
                .onSuccess(o -> {
                    NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
                    table.setAll(o.table().stream().map(row -> row.stream()
                            .map(cell -> cell instanceof Number n ? number.format(n.doubleValue()) : String.valueOf(cell)).toList())
                            .toList());
                    nearHome.set(o.nearHome());
                    leadByWeek.set(o.leadByWeek());
                    status.set("");
                })
                .onFailure(failure -> status.set(new ProblemText(messages).on("ui.followup.failed", failure)))
                .onFinished(() -> busy.set(false))
                .run(background, fx);
    }

    /** Writes the workbook (and its CSV) for the period on the screen; audited. */
    public CompletableFuture<FollowUp.Written> export(Path xlsx) {
        Instant[] period = period();
        if (period.length == 0) {
            return CompletableFuture.completedFuture(null);
        }
        String unitName = unit.get().strip();
        return BackgroundTask.of(() -> followUp.export(session, period[0], period[1], unitName, FollowUp.DEFAULT_BASELINE_MINUTES, xlsx))
                .onRunning(() -> busy.set(true))
                .onSuccess(w -> status.set(messages.get("ui.followup.exported", w.notes(), xlsx.getFileName())))
                .onFailure(failure -> status.set(new ProblemText(messages).on("ui.followup.failed", failure)))
                .onFinished(() -> busy.set(false))
                .run(background, fx);
    }

    /** [from, to) of the dates on the screen, the last day included; empty (and the status says why) when they do not hold. */
    private Instant[] period() {
        try {
            LocalDate first = LocalDate.parse(from.get().strip());
            LocalDate last = LocalDate.parse(to.get().strip());
            if (last.isBefore(first)) {
                status.set(messages.get("ui.followup.badPeriod"));
                return new Instant[0];
            }
            return new Instant[] {first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant()};
        } catch (DateTimeParseException e) {
            status.set(messages.get("ui.followup.badDate"));
            return new Instant[0];
        }
    }

    public StringProperty from() {
        return from;
    }

    public StringProperty to() {
        return to;
    }

    public StringProperty unit() {
        return unit;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** The overview table as the workbook has it, its first row the headings. */
    public ObservableList<List<String>> table() {
        return table;
    }

    /** Month to [share of home visits, share of remote contacts], in per cent. */
    public ObjectProperty<Map<String, double[]>> nearHome() {
        return nearHome;
    }

    /** Week to the median lead time in minutes. */
    public ObjectProperty<Map<String, Double>> leadByWeek() {
        return leadByWeek;
    }
}
