package org.talentbridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.talentbridge.IntegrationTest;

/** The annex over real HTTP, as another system or an anonymous visitor calls it. */
class CatalogApiTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ObjectMapper json;

    private List<OccupationView> get(String query) throws Exception {
        String path = "/api/catalog/occupations" + (query == null ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), new TypeReference<>() { });
    }

    @Test
    void listsAll883AnnexRowsToAnonymousCallers() throws Exception {
        List<OccupationView> all = get(null);
        assertThat(all).hasSize(883);
        assertThat(all.get(0)).isEqualTo(new OccupationView("001", "保卫管理员", List.of("工程技术", "实验技术")));
    }

    @Test
    void keepsBothSeriesOfTwoSeriesRowsInTheAnnexOrder() throws Exception {
        assertThat(get("焊工")).contains(new OccupationView("517", "焊工", List.of("工程技术", "实验技术")));
        assertThat(get("装潢美术设计师")).containsExactly(
                new OccupationView("781", "装潢美术设计师", List.of("工程技术", "工艺美术")));
    }

    @Test
    void keepsSingleSeriesRowsWithTheAnnexStringsExactly() throws Exception {
        assertThat(get("家具设计师")).containsExactly(new OccupationView("823", "家具设计师", List.of("工艺美术（工业设计）")));
        assertThat(get("影视烟火特效员")).containsExactly(new OccupationView("872", "影视烟火特效员", List.of("艺术（舞台技术）")));
    }

    @Test
    void includesTheLastRowTheTechnicalSchoolTeacher() throws Exception {
        List<OccupationView> all = get(null);
        assertThat(all.get(882)).isEqualTo(new OccupationView("883",
                "在技工院校从事教育工作，且具有相应职业资格或职业技能等级的人员", List.of("技工院校教师")));
    }

    @Test
    void filtersByNameSubstring() throws Exception {
        List<OccupationView> welding = get("焊");
        assertThat(welding).extracting(OccupationView::name).allMatch(n -> n.contains("焊"))
                .contains("焊工", "焊管机组操作工");
        assertThat(get("没有这个职业")).isEmpty();
    }

    @Test
    void blankQueryListsEverything() throws Exception {
        assertThat(get("  ")).hasSize(883);
    }
}
