package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class UiCommandTest {

    @Test
    void withoutADisplayOnLinuxTheWindowIsNotTried() {
        assertThat(UiCommand.noDisplay(Map.of(), "Linux", null)).isTrue();
        assertThat(UiCommand.noDisplay(Map.of("DISPLAY", ":99"), "Linux", null)).isFalse();
        assertThat(UiCommand.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isFalse();
        assertThat(UiCommand.noDisplay(Map.of(), "Linux", "Monocle")).isFalse();
        assertThat(UiCommand.noDisplay(Map.of(), "Windows 11", null)).isFalse();
    }
}
