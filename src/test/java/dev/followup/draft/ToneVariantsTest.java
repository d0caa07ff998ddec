package dev.followup.draft;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tone's branches are taken when a template is loaded; every other section stays for rendering. */
class ToneVariantsTest {

    @Test
    void takesTheTonesBranchAndKeepsOtherSections() {
        String template = "A {#if warm}du{#else}Sie{/if} B{#if hasTopic} über {topic}{/if} C";
        assertThat(ToneVariants.resolve(template, true)).isEqualTo("A du B{#if hasTopic} über {topic}{/if} C");
        assertThat(ToneVariants.resolve(template, false)).isEqualTo("A Sie B{#if hasTopic} über {topic}{/if} C");
    }

    @Test
    void handlesNestingBothWays() {
        String outer = "{#if warm}x{#if hasTopic}t{#else}n{/if}y{#else}z{/if}!";
        assertThat(ToneVariants.resolve(outer, true)).isEqualTo("x{#if hasTopic}t{#else}n{/if}y!");
        assertThat(ToneVariants.resolve(outer, false)).isEqualTo("z!");
        String inner = "{#if hasTopic}a {#if warm}b{/if}c{#else}d{/if}";
        assertThat(ToneVariants.resolve(inner, true)).isEqualTo("{#if hasTopic}a bc{#else}d{/if}");
        assertThat(ToneVariants.resolve(inner, false)).isEqualTo("{#if hasTopic}a c{#else}d{/if}");
        assertThat(ToneVariants.resolve("{#if warm}a{#if warm}b{#else}c{/if}{/if}", true)).isEqualTo("ab");
    }

    @Test
    void leavesAnUnclosedSectionAndPlainTextAsTheyAre() {
        assertThat(ToneVariants.resolve("no sections", true)).isEqualTo("no sections");
        assertThat(ToneVariants.resolve("x {#if warm}open", false)).isEqualTo("x {#if warm}open");
        assertThat(ToneVariants.resolve("{#if warm}{/if}", false)).isEmpty();
    }
}
