package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;

class DetailViewModelTest {

    private final Chronology seeds = Seeds.chronology();

    private Event eventWithActors() {
        return seeds.events().stream().filter(e -> e.actors().size() >= 2 && e.date().isDated()).findFirst().orElseThrow();
    }

    @Test
    void describesTheEventInTheChosenLanguage() {
        DetailViewModel vm = new DetailViewModel(Dispatch.direct());
        vm.setCorpus(Seeds.DIR, seeds.quotes());
        Event e = eventWithActors();
        vm.eventProperty().set(e);
        assertThat(vm.titleProperty().get()).isEqualTo(e.label());
        assertThat(vm.kindProperty().get()).contains(UiText.of(UiText.VIETNAMESE).type(e.type()));
        assertThat(vm.dateProperty().get()).startsWith(new DateWords(UiText.VIETNAMESE).say(e.date()));
        assertThat(vm.actors()).hasSize(e.actors().size());
        assertThat(vm.sources()).containsExactlyElementsOf(e.mentions());
        vm.localeProperty().set(Locale.ENGLISH);
        assertThat(vm.dateProperty().get()).startsWith(new DateWords(Locale.ENGLISH).say(e.date()));
        assertThat(vm.kindProperty().get()).contains(UiText.of(Locale.ENGLISH).type(e.type()));
    }

    @Test
    void openingASourceHighlightsExactlyTheSentence() {
        DetailViewModel vm = new DetailViewModel(Dispatch.direct());
        vm.setCorpus(Seeds.DIR, seeds.quotes());
        for (Event e : seeds.events()) {
            for (Mention m : e.mentions()) {
                vm.openSource(m);
                SourceDocument doc = vm.sourceProperty().get();
                assertThat(doc.problem()).isEmpty();
                assertThat(doc.highlighted()).isEqualTo(m.text());
                assertThat(doc.text()).doesNotStartWith(" date");
            }
        }
    }

    @Test
    void aMissingArticleIsReportedNotThrown(@TempDir Path empty) {
        DetailViewModel vm = new DetailViewModel(Dispatch.direct());
        vm.setCorpus(empty, seeds.quotes());
        Mention m = eventWithActors().mentions().get(0);
        vm.openSource(m);
        assertThat(vm.sourceProperty().get().problem()).isPresent();
    }
}
