package org.talentbridge.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void keepsTheSurnameAndStarsTheGivenName() {
        assertThat(MaskedName.of("王焊")).isEqualTo("王*");
        assertThat(MaskedName.of("李小华")).isEqualTo("李**");
    }

    @Test
    void keepsACompoundSurnameWhole() {
        assertThat(MaskedName.of("欧阳小华")).isEqualTo("欧阳**");
        assertThat(MaskedName.of("欧阳华")).isEqualTo("欧阳*");
        assertThat(MaskedName.of("欧阳")).isEqualTo("欧*");
    }

    @Test
    void neverShowsAOneCharacterNameOrNothing() {
        assertThat(MaskedName.of("王")).isEqualTo("王*");
        assertThat(MaskedName.of(" ")).isEqualTo("*");
        assertThat(MaskedName.of(null)).isEqualTo("*");
    }
}
