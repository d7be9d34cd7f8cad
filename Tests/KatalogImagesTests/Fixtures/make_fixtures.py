#!/usr/bin/env python3
"""Writes the small images the image tests read (committed; run again only to change them).

    python3 make_fixtures.py        # needs Pillow; iphone.heic is made by make_heic.c (libvips)
"""
import io
import struct
import zlib

from PIL import Image, ImageDraw


def picture(w, h, mode="RGB"):
    img = Image.new("RGB", (w, h), (180, 90, 40))
    d = ImageDraw.Draw(img)
    for x in range(0, w, 6):
        d.line([x, 0, x + h // 2, h], fill=(30, 60 + x % 150, 120), width=2)
    d.ellipse([w // 4, h // 4, w // 2, h // 2], outline=(250, 240, 200), width=2)
    return img.convert(mode) if mode != "RGB" else img


def exif_with_gps_and_orientation():
    exif = Image.Exif()
    exif[0x010F] = "Xiaomi"  # Make
    exif[0x0110] = "Redmi Note 9"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to show
    gps = {1: "S", 2: (7.0, 33.0, 10.5), 3: "E", 4: (110.0, 49.0, 30.2)}  # Surakarta
    exif[0x8825] = gps
    return exif


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, depth, colour, rows):
    raw = b"".join(b"\0" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def main():
    # A phone photo: landscape pixels, shown portrait (orientation 6), with GPS and camera EXIF.
    picture(64, 48).save("exif-gps-rotated.jpg", quality=90, exif=exif_with_gps_and_orientation())
    # Partly transparent, and a PNG whose alpha channel is fully opaque.
    clear = picture(40, 30).convert("RGBA")
    ImageDraw.Draw(clear).rectangle([0, 0, 19, 29], fill=(0, 0, 0, 0))
    clear.save("transparent.png")
    picture(40, 30).convert("RGBA").save("opaque-alpha.png")
    # 16 bits a sample, RGB (Pillow cannot write it: built by hand).
    rows = [b"".join(struct.pack(">HHH", x * 2000, y * 3000, 40000) for x in range(32)) for y in range(20)]
    open("sixteen-bit.png", "wb").write(png(32, 20, 16, 2, rows))
    picture(40, 30, "L").save("grey.jpg", quality=90)
    picture(40, 30, "CMYK").save("cmyk.jpg", quality=90)
    frames = [picture(40, 30), picture(40, 30).transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    frames[0].save("animated.webp", save_all=True, append_images=frames[1:], duration=200, loop=0)
    # Cut short: the first half of a JPEG.
    whole = io.BytesIO()
    picture(200, 150).save(whole, "JPEG", quality=90)
    open("truncated.jpg", "wb").write(whole.getvalue()[: len(whole.getvalue()) // 2])
    # A decompression bomb's header: 30,000 x 30,000 pixels claimed by a file of a few bytes.
    # Its data holds the first rows only: katalog must refuse it from the header alone.
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    rows = zlib.compressobj(9).compress(b"\0" * 90001 * 4)
    open("bomb.png", "wb").write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", rows)
                                 + png_chunk(b"IEND", b""))
    # The smallest photo that needs no warning (480 px wide), for the build and CLI tests and the
    # golden site: a few flat shapes, so that it and its published files stay small.
    flat = Image.new("RGB", (480, 360), (122, 62, 28))
    d = ImageDraw.Draw(flat)
    d.rectangle([40, 40, 200, 320], fill=(214, 170, 90))
    d.ellipse([260, 80, 440, 260], fill=(40, 70, 110))
    flat.save("flat-480x360.png", optimize=True)
    # Formats katalog refuses, and a web page saved with a photo's name.
    picture(40, 30).save("photo.gif")
    picture(40, 30).save("photo.tif")
    open("drawing.svg", "w").write('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">'
                                   '<rect width="40" height="30" fill="red"/></svg>\n')
    open("really-html.jpg", "w").write("<!DOCTYPE html><html><head><title>Foto</title></head>"
                                       "<body><script>alert(1)</script></body></html>\n")


main()
