// Writes iphone.heic (HEVC-coded HEIF, as iPhones save photos) from grey.jpg's picture, with libvips:
//   cc make_heic.c $(pkg-config --cflags --libs vips) -o /tmp/make_heic && /tmp/make_heic
#include <vips/vips.h>
int main(int argc, char **argv) {
    (void)argc;
    if (VIPS_INIT(argv[0])) vips_error_exit(NULL);
    VipsImage *in = vips_image_new_from_file("exif-gps-rotated.jpg", NULL);
    if (!in || vips_heifsave(in, "iphone.heic", "Q", 50, "compression", VIPS_FOREIGN_HEIF_COMPRESSION_HEVC, NULL))
        vips_error_exit(NULL);
    g_object_unref(in);
    return 0;
}
