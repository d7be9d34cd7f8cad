// katalog's image calls: a plain C face over libvips, whose variadic functions Swift cannot call.
// Only this target includes <vips/vips.h>; KatalogImages is the only module that imports it.
#ifndef KATALOG_IMAGES_H
#define KATALOG_IMAGES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What went wrong, for a message in the producer's language; `detail` carries libvips' own words.
typedef enum {
    KIMG_OK = 0,
    /// No loader katalog allows (JPEG, PNG, WebP, HEIF) recognises the file.
    KIMG_UNKNOWN_FORMAT = 1,
    /// The header could not be read, or the pixels could not be decoded (truncated, damaged).
    KIMG_DAMAGED = 2,
    /// More pixels than the limit: refused before decoding.
    KIMG_TOO_MANY_PIXELS = 3,
    /// A HEIF file (iPhone photo) that this machine's libheif cannot decode.
    KIMG_HEIF_UNREADABLE = 4,
    /// Encoding or an internal step failed.
    KIMG_FAILED = 5,
} kimg_status;

typedef enum { KIMG_JPEG = 0, KIMG_PNG = 1, KIMG_WEBP = 2, KIMG_HEIF = 3 } kimg_format;

/// A photo's header: its size as shown (EXIF orientation applied) and what it holds.
typedef struct {
    int width;
    int height;
    kimg_format format;
    /// 1 when the file has an alpha channel.
    int has_alpha;
} kimg_info;

/// A photo decoded for publishing: oriented, sRGB, 8-bit, at most `max_width` wide, in memory,
/// with every metadata block removed.
typedef struct kimg_image kimg_image;

/// Starts libvips once: only the JPEG, PNG, WebP and HEIF loaders may run, the operation cache is
/// off and each image uses one thread (callers run photos in parallel). Returns 0 when ready.
int kimg_start(char *detail, size_t detail_size);

/// The libvips version, as "8.14.1".
const char *kimg_version(void);

/// Reads a file's header only.
kimg_status kimg_probe(const char *path, int64_t max_pixels, kimg_info *info, char *detail, size_t detail_size);

/// Decodes a file to at most `max_width` pixels wide (never wider than the file), oriented, sRGB.
/// A fully opaque alpha channel is dropped.
kimg_status kimg_open(
    const char *path, int max_width, int64_t max_pixels, kimg_image **image, char *detail, size_t detail_size);

void kimg_close(kimg_image *image);

/// Size and channels of a decoded image.
void kimg_size(const kimg_image *image, int *width, int *height, int *has_alpha);

/// The image's mean colour, for the placeholder shown while it loads.
kimg_status kimg_mean_colour(const kimg_image *image, uint8_t rgb[3]);

/// Encodes the image resized to `width` (at most its own width): WebP, JPEG (no alpha) or PNG.
/// On success `*bytes` must be freed with kimg_free.
kimg_status kimg_encode(
    const kimg_image *image, int width, kimg_format format, int quality, void **bytes, size_t *length,
    int *out_width, int *out_height, char *detail, size_t detail_size);

void kimg_free(void *bytes);

/// The image fitted into a `size` x `size` square, centred: on white when `opaque` (an iPhone's
/// home-screen icon, a link preview), else on transparency (favicons). For a logo's icons.
kimg_status kimg_square(const kimg_image *image, int size, int opaque, kimg_image **result, char *detail,
    size_t detail_size);

/// Tests only: 1 when libvips itself (no katalog check before it) decodes the file, so that the
/// tests can show the loader block holds.
int kimg_libvips_loads(const char *path);

/// The SHA-256 of a file's bytes, as 64 hex digits and a NUL. Returns 0 on success.
int kimg_digest_file(const char *path, char hex[65]);

/// Lists the metadata fields of an encoded image (for tests: none may be EXIF, XMP, IPTC or GPS).
/// Writes a newline-separated list of field names to `names`. Returns 0 on success.
int kimg_metadata_fields(const void *bytes, size_t length, char *names, size_t names_size);

#ifdef __cplusplus
}
#endif

#endif
