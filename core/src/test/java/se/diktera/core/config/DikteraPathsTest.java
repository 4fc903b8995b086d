package se.diktera.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DikteraPathsTest {

    @Test
    void dikteraHomeOverridesThePlatformFolder() {
        DikteraPaths paths = DikteraPaths.forUser(Map.of("DIKTERA_HOME", "/srv/diktera"), "Linux", "/home/a");

        assertThat(paths.dataDir()).isEqualTo(Path.of("/srv/diktera"));
        assertThat(paths.models()).isEqualTo(Path.of("/srv/diktera/models"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DikteraPaths.forUser(Map.of(), "Linux", "/home/a").dataDir())
                .isEqualTo(Path.of("/home/a/.local/share/diktera"));
        assertThat(DikteraPaths.forUser(Map.of("XDG_DATA_HOME", "/data/a"), "Linux", "/home/a").dataDir())
                .isEqualTo(Path.of("/data/a/diktera"));
    }

    @Test
    void macAndWindowsUseTheirApplicationDataFolders() {
        assertThat(DikteraPaths.forUser(Map.of(), "Mac OS X", "/Users/a").dataDir())
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Diktera"));
        assertThat(DikteraPaths.forUser(Map.of("LOCALAPPDATA", "/c/Users/a/AppData/Local"), "Windows 11", "/c/Users/a").dataDir())
                .isEqualTo(Path.of("/c/Users/a/AppData/Local/Diktera"));
    }
}
