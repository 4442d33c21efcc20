package org.nienbieu.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.EntityMention;

class EntityRecognizerSeedsTest {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
    private static final Map<String, ArticleEntities> FOUND = new LinkedHashMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                String key = p.getFileName().toString().substring(0, 3);
                Article a = ArticleReader.read(p, p.getFileName().toString());
                ARTICLES.put(key, a);
                FOUND.put(key, RECOGNIZER.recognise(a));
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} as {2} ({3}) with role {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000 | person:steve-witkoff       | PERSON     | Mỹ      | Đặc phái viên
            000 | person:vladimir-putin      | PERSON     | Nga     | Tổng thống
            000 | person:donald-trump        | PERSON     | Mỹ      | Tổng thống
            000 | person:volodymyr-zelensky  | PERSON     | Ukraine | -
            000 | person:yury-ushakov        | PERSON     | Nga     | -
            000 | person:kirill-dmitriev     | PERSON     | Nga     | -
            000 | person:steven-cheung       | PERSON     | Mỹ      | Giám đốc truyền thông
            000 | government:nha-trang       | GOVERNMENT | Mỹ      | -
            000 | government:dien-kremlin    | GOVERNMENT | Nga     | -
            000 | place:miami                | PLACE      | Mỹ      | -
            000 | place:budapest             | PLACE      | Hungary | -
            000 | media:afp                  | MEDIA      | Pháp    | -
            000 | media:bloomberg            | MEDIA      | Mỹ      | -
            001 | media:axios                | MEDIA      | Mỹ      | -
            001 | government:moscow          | GOVERNMENT | Nga     | -
            001 | person:kirill-dmitriev     | PERSON     | Nga     | Đặc phái viên
            001 | person:rustem-umerov       | PERSON     | Ukraine | Tổng thư ký
            001 | person:volodymyr-zelensky  | PERSON     | Ukraine | Tổng thống
            001 | country:tho-nhi-ky         | COUNTRY    | Thổ Nhĩ Kỳ | -
            001 | media:kyiv-independent     | MEDIA      | Ukraine | -
            002 | person:yury-ushakov        | PERSON     | Nga     | Trợ lý tổng thống
            002 | person:dmitry-peskov       | PERSON     | Nga     | Người phát ngôn
            002 | government:washington      | GOVERNMENT | Mỹ      | -
            002 | government:moscow          | GOVERNMENT | Nga     | -
            002 | media:tass                 | MEDIA      | Nga     | -
            003 | place:saint-petersburg     | PLACE      | Nga     | -
            003 | place:geneva               | PLACE      | Thụy Sĩ | -
            003 | place:florida              | PLACE      | Mỹ      | -
            003 | person:jared-kushner       | PERSON     | Mỹ      | -
            003 | media:reuters              | MEDIA      | Anh     | -
            003 | media:wall-street-journal  | MEDIA      | Mỹ      | -
            003 | media:rbc-news             | MEDIA      | Nga     | -
            004 | person:marco-rubio         | PERSON     | Mỹ      | Ngoại trưởng
            004 | person:keir-starmer        | PERSON     | Anh     | Thủ tướng
            004 | person:friedrich-merz      | PERSON     | Đức     | Thủ tướng
            004 | person:mark-rutte          | PERSON     | Hà Lan  | Tổng thư ký
            004 | media:nbc-news             | MEDIA      | Mỹ      | -
            004 | media:ap                   | MEDIA      | Mỹ      | -
            004 | media:zvezda               | MEDIA      | Nga     | -
            """)
    void recognisesTheEntitiesOfEachSeedWithKindCountryAndRole(String seed, String id, EntityKind kind,
                                                                String country, String role) {
        ArticleEntities found = FOUND.get(seed);
        Entity e = found.entity(id).orElseThrow(() -> new AssertionError(id + " not found in " + seed));
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.country()).contains(country);
        if (role != null) {
            assertThat(found.mentions()).filteredOn(m -> m.entityId().equals(id))
                    .extracting(EntityMention::role).contains(Optional.of(role));
        }
    }

    @Test
    void everyMentionSurfaceIsExactlyTheSliceOfTheFile() {
        for (Map.Entry<String, ArticleEntities> e : FOUND.entrySet()) {
            Article a = ARTICLES.get(e.getKey());
            assertThat(e.getValue().mentions()).isNotEmpty().allSatisfy(m -> {
                assertThat(a.slice(m.start(), m.end())).isEqualTo(m.surface());
                assertThat(e.getValue().entity(m.entityId())).isPresent();
            });
        }
    }

    @Test
    void mentionsAreSortedByStart() {
        for (ArticleEntities found : FOUND.values()) {
            List<Integer> starts = found.mentions().stream().map(EntityMention::start).toList();
            assertThat(starts).isSorted();
        }
    }

    @Test
    void bothSpellingsOfUshakovAreOneEntityAcrossSeeds() {
        EntityRegistry registry = new EntityRegistry();
        FOUND.values().forEach(registry::add);
        Entity ushakov = registry.entity("person:yury-ushakov").orElseThrow();
        assertThat(ushakov.surfaceForms()).contains("Yury Ushakov", "Yuri Ushakov", "Ushakov");
        assertThat(registry.entities()).filteredOn(e -> e.canonicalName().contains("Ushakov")).hasSize(1);
    }

    @Test
    void aTitleOnlyReferenceJoinsThePersonNamedWithThatTitleEarlier() {
        ArticleEntities found = FOUND.get("003");
        assertThat(found.mentions()).filteredOn(m -> m.surface().equals("Người phát ngôn Điện Kremlin"))
                .extracting(EntityMention::entityId).containsExactly("person:dmitry-peskov");
    }

    @Test
    void theKremlinInsideATitleOnlyReferenceIsStillAGovernmentMention() {
        ArticleEntities found = FOUND.get("003");
        EntityMention role = found.mentions().stream()
                .filter(m -> m.surface().equals("Người phát ngôn Điện Kremlin")).findFirst().orElseThrow();
        assertThat(found.in(role.start(), role.end())).extracting(EntityMention::entityId)
                .containsExactly("person:dmitry-peskov", "government:dien-kremlin");
    }

    @Test
    void aCapitalAfterAWordOfPlaceIsThePlaceNotTheGovernment() {
        assertThat(FOUND.get("004").mentions()).filteredOn(m -> m.surface().equals("Moscow"))
                .extracting(EntityMention::entityId).contains("place:moscow", "government:moscow");
    }

    @Test
    void sentenceInitialWordsAndPhotoCreditWordsAreNotPeople() {
        for (ArticleEntities found : FOUND.values()) {
            assertThat(found.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON)
                    .extracting(Entity::canonicalName)
                    .noneMatch(n -> n.startsWith("Trong") || n.startsWith("Theo") || n.startsWith("Ảnh")
                            || n.startsWith("Ông") || n.startsWith("Tổng thống") || n.startsWith("Tháng"));
        }
    }
}
