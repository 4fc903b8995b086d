package se.diktera.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Pictures of the window as PNG files: for the README's screenshots and the installer's smoke test. */
public final class Snapshots {

    private Snapshots() {
    }

    public static void writePng(WritableImage image, Path png) throws IOException {
        PixelReader reader = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(out, "png", png.toFile());
    }
}
