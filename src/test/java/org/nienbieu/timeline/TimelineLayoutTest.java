package org.nienbieu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

class TimelineLayoutTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final LabelMeasurer SEVEN_PX = LabelMeasurer.fixed(7);

    private static Viewport days(String first, String last) {
        return Viewport.ofDays(LocalDate.parse(first), LocalDate.parse(last), 1200, 600);
    }

    private static List<Event> oneMeetingADay(String first, int count) {
        List<Event> events = new ArrayList<>();
        LocalDate d = LocalDate.parse(first);
        for (int i = 0; i < count; i++) {
            events.add(Events.day("e" + i, d.plusDays(i).toString()));
        }
        return events;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LaneMode.class)
    void labelsNeverOverlapEachOtherOrOtherMarksAndMarksNeverOverlapInARow(LaneMode mode) {
        SplittableRandom random = new SplittableRandom(11);
        TimelineModel model = TimelineModel.of(SyntheticEvents.generate(4000, 3, 30));
        TimelineLayout layout = new TimelineLayout(VI, LayoutOptions.defaults().withTopActors(4));
        Viewport whole = days("2015-01-01", "2026-12-31");
        for (int f = 0; f < 400; f++) {
            Viewport v = whole.zoom(Math.pow(10, random.nextDouble() * 4.5), random.nextDouble() * 1200)
                    .resize(300 + random.nextInt(1500), 200 + random.nextInt(800));
            Frame frame = layout.layout(model, v, mode, LabelMeasurer.fixed(4 + random.nextInt(6)));
            assertFrameIsClean(frame);
        }
    }

    private static void assertFrameIsClean(Frame frame) {
        List<Mark> marks = new ArrayList<>(frame.items());
        marks.addAll(frame.clusters());
        for (int i = 0; i < marks.size(); i++) {
            Mark a = marks.get(i);
            Lane lane = frame.lanes().get(a.lane());
            assertThat(a.y()).isGreaterThanOrEqualTo(lane.y());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(lane.y() + lane.height() + 1e-9);
            assertThat(a.x1()).isGreaterThan(a.x0());
            for (int j = i + 1; j < marks.size(); j++) {
                Mark b = marks.get(j);
                assertThat(overlap(a.x0(), a.x1(), a.y(), a.height(), b.x0(), b.x1(), b.y(), b.height()))
                        .as("%s and %s in %s", a, b, frame.viewport()).isFalse();
            }
        }
        List<Label> labels = frame.labels();
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            for (int j = i + 1; j < labels.size(); j++) {
                Label o = labels.get(j);
                assertThat(overlap(l.x(), l.x1(), l.y(), l.height(), o.x(), o.x1(), o.y(), o.height()))
                        .as("labels %s and %s", l, o).isFalse();
            }
            Item own = frame.items().get(l.item());
            for (Mark m : marks) {
                if (m != own) {
                    assertThat(overlap(l.x(), l.x1(), l.y(), l.height(), m.x0(), m.x1(), m.y(), m.height()))
                            .as("label %s and mark %s", l, m).isFalse();
                }
            }
        }
    }

    private static boolean overlap(double ax0, double ax1, double ay, double ah,
                                   double bx0, double bx1, double by, double bh) {
        return ax0 < bx1 && bx0 < ax1 && ay < by + bh && by < ay + ah;
    }

    @Test
    void byTypeEveryVisibleEventIsDrawnOnceEitherAsAnItemOrInACluster() {
        SplittableRandom random = new SplittableRandom(5);
        TimelineModel model = TimelineModel.of(SyntheticEvents.generate(5000, 9, 50));
        TimelineLayout layout = new TimelineLayout(VI);
        Viewport whole = days("2015-01-01", "2026-12-31");
        for (int f = 0; f < 200; f++) {
            Viewport v = whole.zoom(Math.pow(10, random.nextDouble() * 4), random.nextDouble() * 1200);
            Frame frame = layout.layout(model, v, LaneMode.BY_TYPE, SEVEN_PX);
            int drawn = frame.items().size() + frame.clusters().stream().mapToInt(Cluster::count).sum();
            assertThat(drawn).as("%s", v).isEqualTo(frame.visibleEvents());
        }
    }

    @Test
    void denseEventsClusterWhenZoomedOutAndSplitWhenZoomedIn() {
        TimelineModel model = TimelineModel.of(oneMeetingADay("2025-01-01", 365));
        TimelineLayout layout = new TimelineLayout(VI);

        Frame decade = layout.layout(model, days("2020-01-01", "2029-12-31"), LaneMode.BY_TYPE, SEVEN_PX);
        Frame month = layout.layout(model, days("2025-03-01", "2025-03-31"), LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(decade.clusters()).isNotEmpty();
        assertThat(decade.items().size()).isLessThan(decade.visibleEvents() / 5);
        assertThat(decade.clusters()).allSatisfy(c -> assertThat(c.count()).isGreaterThan(1));
        Cluster first = decade.clusters().get(0);
        assertThat(first.first()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(month.clusters()).isEmpty();
        assertThat(month.items()).extracting(Item::kind).containsOnly(ItemKind.BAR);
        Frame week = layout.layout(model, days("2025-03-01", "2025-03-07"), LaneMode.BY_TYPE, SEVEN_PX);
        assertThat(week.labels()).hasSize(7).allSatisfy(l -> assertThat(l.x()).isGreaterThanOrEqualTo(
                week.items().get(l.item()).x0()));
    }

    @Test
    void zoomingIntoAClustersDatesSplitsIt() {
        TimelineModel model = TimelineModel.of(oneMeetingADay("2025-01-01", 365));
        TimelineLayout layout = new TimelineLayout(VI);
        Frame decade = layout.layout(model, days("2020-01-01", "2029-12-31"), LaneMode.BY_TYPE, SEVEN_PX);
        Cluster cluster = decade.clusters().get(decade.clusters().size() / 2);

        Frame expanded = layout.layout(model, decade.viewport().fit(cluster.first(), cluster.last()),
                LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(expanded.clusters()).isEmpty();
        assertThat(expanded.items().size()).isGreaterThanOrEqualTo(cluster.count());
    }

    @Test
    void clustersDoNotChangeWhileOnlyPanning() {
        TimelineModel model = TimelineModel.of(SyntheticEvents.generate(3000, 4, 20));
        TimelineLayout layout = new TimelineLayout(VI);
        Viewport v = days("2020-01-01", "2020-12-31");
        Frame before = layout.layout(model, v, LaneMode.BY_TYPE, SEVEN_PX);
        Frame after = layout.layout(model, v.pan(-300), LaneMode.BY_TYPE, SEVEN_PX);

        // Clusters wholly inside both views keep their dates and counts.
        var inside = before.clusters().stream().filter(c -> c.x0() > 400 && c.x1() < 700)
                .map(c -> c.first() + "/" + c.count()).toList();
        var moved = after.clusters().stream().map(c -> c.first() + "/" + c.count()).toList();
        assertThat(moved).containsAll(inside);
    }

    @Test
    void lanesByTypeShowTheTypesPresentInTheLocalesWords() {
        TimelineModel model = TimelineModel.of(List.of(
                Events.span("m", "2025-10-13", "2025-10-13", Precision.DAY, EventType.MEETING),
                Events.span("c", "2025-10-14", "2025-10-14", Precision.DAY, EventType.CALL)));

        Frame vi = new TimelineLayout(VI).layout(model, days("2025-10-01", "2025-10-31"), LaneMode.BY_TYPE, SEVEN_PX);
        Frame en = new TimelineLayout(Locale.ENGLISH).layout(model, days("2025-10-01", "2025-10-31"),
                LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(vi.lanes()).extracting(Lane::name).containsExactly("Gặp gỡ", "Điện đàm");
        assertThat(en.lanes()).extracting(Lane::name).containsExactly("Meetings", "Calls");
        assertThat(vi.lanes()).extracting(Lane::key).containsExactly("type:MEETING", "type:CALL");
        assertThat(vi.items()).allSatisfy(i -> assertThat(vi.lanes().get(i.lane()).key()).isEqualTo("type:" + i.type()));
        assertThat(vi.lanes().get(0).y()).isEqualTo(LayoutOptions.defaults().axisHeight());
        assertThat(vi.lanes().get(1).y()).isEqualTo(vi.lanes().get(0).y() + vi.lanes().get(0).height());
    }

    @Test
    void lanesByActorShowTheTopActorsAndTheRestUnderOther() {
        DateSpan d = DateSpan.day(LocalDate.parse("2025-10-13"));
        TimelineModel model = TimelineModel.of(List.of(
                Events.event("1", EventType.CALL, EventStatus.OCCURRED, d, "Trump", "Putin"),
                Events.event("2", EventType.MEETING, EventStatus.OCCURRED, d, "Trump"),
                Events.event("3", EventType.MEETING, EventStatus.OCCURRED, d, "Trump", "Trump"),
                Events.event("4", EventType.STATEMENT, EventStatus.OCCURRED, d, "Putin"),
                Events.event("5", EventType.STATEMENT, EventStatus.OCCURRED, d, "Lavrov", "Zelensky"),
                Events.event("6", EventType.STATEMENT, EventStatus.OCCURRED, d)));
        TimelineLayout layout = new TimelineLayout(VI, LayoutOptions.defaults().withTopActors(2));

        Frame frame = layout.layout(model, days("2025-10-10", "2025-10-16"), LaneMode.BY_ACTOR, SEVEN_PX);

        assertThat(frame.lanes()).extracting(Lane::name).containsExactly("Trump", "Putin", "Khác");
        assertThat(idsIn(frame, 0)).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(idsIn(frame, 1)).containsExactlyInAnyOrder("1", "4");
        assertThat(idsIn(frame, 2)).containsExactlyInAnyOrder("5", "6");
    }

    private static List<String> idsIn(Frame frame, int lane) {
        return frame.items().stream().filter(i -> i.lane() == lane).map(Item::eventId).toList();
    }

    @Test
    void aLongEventThatStartedBeforeTheWindowIsDrawnAcrossIt() {
        TimelineModel model = TimelineModel.of(List.of(
                Events.span("decade", "2010-01-01", "2019-12-31", Precision.DAYS, EventType.AGREEMENT),
                Events.day("other", "2019-06-15")));

        Frame frame = new TimelineLayout(VI).layout(model, days("2019-06-15", "2019-06-15"), LaneMode.BY_TYPE, SEVEN_PX);

        Item decade = frame.items().stream().filter(i -> i.eventId().equals("decade")).findFirst().orElseThrow();
        assertThat(decade.kind()).isEqualTo(ItemKind.BAR);
        assertThat(decade.x0()).isLessThanOrEqualTo(0);
        assertThat(decade.x1()).isGreaterThanOrEqualTo(1200);
        assertThat(frame.visibleEvents()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} → fuzzy {1}")
    @CsvSource({
        "DAY, false", "DAYS, false", "WEEK, true", "MONTH, true", "PART_OF_MONTH, true",
        "QUARTER, true", "SEASON, true", "YEAR, true"
    })
    void imprecisePrecisionsAreDrawnAsFuzzySpans(Precision precision, boolean fuzzy) {
        String last = precision == Precision.DAY ? "2025-10-13" : "2025-10-19";
        TimelineModel model = TimelineModel.of(List.of(Events.span("x", "2025-10-13", last, precision, EventType.CALL)));

        Frame frame = new TimelineLayout(VI).layout(model, days("2025-10-01", "2025-10-31"), LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(frame.items()).singleElement().satisfies(i -> {
            assertThat(i.fuzzy()).isEqualTo(fuzzy);
            assertThat(i.precision()).isEqualTo(precision);
            assertThat(i.kind()).isEqualTo(fuzzy ? ItemKind.FUZZY_SPAN : ItemKind.BAR);
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventStatus.class)
    void theStatusIsCarriedForTheUiToStyle(EventStatus status) {
        TimelineModel model = TimelineModel.of(List.of(
                Events.event("x", EventType.PROPOSAL, status, DateSpan.day(LocalDate.parse("2025-10-13")))));

        Frame frame = new TimelineLayout(VI).layout(model, days("2025-10-01", "2025-10-31"), LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(frame.items()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(status);
            assertThat(i.type()).isEqualTo(EventType.PROPOSAL);
        });
    }

    @Test
    void aDayIsADotWhenNarrowAndABarWhenWide() {
        TimelineModel model = TimelineModel.of(List.of(Events.day("x", "2025-10-13")));
        TimelineLayout layout = new TimelineLayout(VI);

        Item far = layout.layout(model, days("2025-01-01", "2025-12-31"), LaneMode.BY_TYPE, SEVEN_PX).items().get(0);
        Item near = layout.layout(model, days("2025-10-01", "2025-10-31"), LaneMode.BY_TYPE, SEVEN_PX).items().get(0);

        assertThat(far.kind()).isEqualTo(ItemKind.DOT);
        assertThat(far.x1() - far.x0()).isEqualTo(LayoutOptions.defaults().dotWidth());
        assertThat(near.kind()).isEqualTo(ItemKind.BAR);
    }

    @Test
    void undatedEventsAreCountedButNeverDrawn() {
        TimelineModel model = TimelineModel.of(List.of(
                Events.day("a", "2025-10-13"), Events.undated("u1"), Events.undated("u2")));

        Frame frame = new TimelineLayout(VI).layout(model, days("2025-10-01", "2025-10-31"), LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(frame.undatedEvents()).isEqualTo(2);
        assertThat(frame.visibleEvents()).isEqualTo(1);
        assertThat(frame.items()).extracting(Item::eventId).containsExactly("a");
    }

    @Test
    void hitTestingReturnsTheMarkDrawnUnderThePointer() {
        TimelineModel model = TimelineModel.of(SyntheticEvents.generate(3000, 8, 20));
        TimelineLayout layout = new TimelineLayout(VI);
        for (Viewport v : List.of(days("2015-01-01", "2026-12-31"), days("2020-01-01", "2020-03-31"),
                days("2020-02-10", "2020-02-12"))) {
            Frame frame = layout.layout(model, v, LaneMode.BY_TYPE, SEVEN_PX);
            for (Item item : frame.items()) {
                double x = (Math.max(item.x0(), 0) + Math.min(item.x1(), v.width())) / 2;
                assertThat(frame.hit(x, item.y() + item.height() / 2)).contains(item);
            }
            for (Cluster cluster : frame.clusters()) {
                double x = (Math.max(cluster.x0(), 0) + Math.min(cluster.x1(), v.width())) / 2;
                assertThat(frame.hit(x, cluster.y() + 1)).contains(cluster);
            }
            for (Label label : frame.labels()) {
                assertThat(frame.hit(label.x() + label.width() / 2, label.y() + 1))
                        .contains(frame.items().get(label.item()));
            }
        }
    }

    @Test
    void hittingEmptySpaceFindsNothing() {
        TimelineModel model = TimelineModel.of(List.of(Events.day("a", "2025-10-13")));
        Frame frame = new TimelineLayout(VI).layout(model, days("2025-10-01", "2025-10-31"), LaneMode.BY_TYPE, SEVEN_PX);

        assertThat(frame.hit(5, 300)).isEmpty();
        assertThat(frame.hit(5, 10)).isEmpty();
        assertThat(frame.laneAt(300)).map(Lane::key).contains("type:MEETING");
    }

    @Test
    void aLabelGoesRightOfADotWhenTheRowIsFree() {
        TimelineModel model = TimelineModel.of(List.of(Events.day("a", "2025-06-13")));

        Frame frame = new TimelineLayout(VI).layout(model, days("2025-01-01", "2025-12-31"), LaneMode.BY_TYPE, SEVEN_PX);

        Item item = frame.items().get(0);
        assertThat(frame.labels()).singleElement().satisfies(l -> {
            assertThat(l.text()).isEqualTo("Sự kiện a");
            assertThat(l.x()).isEqualTo(item.x1() + LayoutOptions.defaults().labelGap());
            assertThat(l.width()).isEqualTo(9 * 7);
            assertThat(l.y()).isEqualTo(item.y());
        });
    }
}
