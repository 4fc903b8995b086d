import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws Diktera's icon (a microphone on a note, in the region's blue) and writes it for each OS:
 * linux/diktera.png, windows/diktera.ico and macos/diktera.icns (both hold the PNG, which Windows
 * Vista+ and macOS 10.7+ read). Run from installer/src: java icon/MakeIcons.java
 */
public class MakeIcons {

    public static void main(String[] args) throws IOException {
        byte[] png = png(draw(256));
        Files.write(Path.of("linux/diktera.png"), png);
        Files.write(Path.of("windows/diktera.ico"), ico(png));
        Files.write(Path.of("macos/diktera.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0B, 0x5C, 0xAD));
        g.fill(new RoundRectangle2D.Double(8, 8, size - 16, size - 16, 56, 56));
        g.setColor(Color.WHITE);
        // The note: three lines on the left.
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            g.drawLine(48, 84 + i * 40, 118 - (i == 2 ? 24 : 0), 84 + i * 40);
        }
        // The microphone on the right.
        g.fill(new RoundRectangle2D.Double(150, 56, 56, 96, 56, 56));
        g.drawArc(134, 100, 88, 80, 180, 180);
        g.drawLine(178, 180, 178, 206);
        g.drawLine(152, 206, 204, 206);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO file with one 256 x 256 PNG entry. */
    static byte[] ico(byte[] png) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** An ICNS file with one ic08 (256 x 256 PNG) entry. */
    static byte[] icns(byte[] png) {
        ByteBuffer b = ByteBuffer.allocate(8 + 8 + png.length).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes()).putInt(8 + 8 + png.length);
        b.put("ic08".getBytes()).putInt(8 + png.length).put(png);
        return b.array();
    }
}
