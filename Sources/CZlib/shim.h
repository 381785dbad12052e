#include <zlib.h>
/* inflateInit2 is a macro; Swift needs a function. */
static inline int preuve_inflateInit2(z_streamp strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}
