// zlib (Debian's zlib1g-dev): the archive stores article texts deflated.
#include <zlib.h>
