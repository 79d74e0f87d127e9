/* icuuc.dll for Wine, which has no ICU: Qt asks it only for extra text codecs, and every converter is reported as
   not available, so Qt keeps to its built-in codecs (UTF-8, UTF-16, UTF-32, Latin-1 and the system code page). */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

void *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

int ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name;
    (void)standard;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* Never reached without a converter; present so that Qt6Core.dll loads. */
void ucnv_close(void *cnv) { (void)cnv; }
void ucnv_reset(void *cnv) { (void)cnv; }
int ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return ""; }
void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; *action = NULL; *context = NULL; }
void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; *action = NULL; *context = NULL; }
void ucnv_setToUCallBack(void *a, void *b, const void *c, void **d, const void **e, UErrorCode *f) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; }
void ucnv_setFromUCallBack(void *a, void *b, const void *c, void **d, const void **e, UErrorCode *f) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; }
void ucnv_cbToUWriteUChars(void *a, const void *b, int c, int d, UErrorCode *e) { (void)a; (void)b; (void)c; (void)d; (void)e; }
void ucnv_cbFromUWriteUChars(void *a, const void **b, const void *c, int d, UErrorCode *e) { (void)a; (void)b; (void)c; (void)d; (void)e; }
void ucnv_toUnicode(void *a, void **b, const void *c, const char **d, const char *e, int *f, char g, UErrorCode *h) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h; }
void ucnv_fromUnicode(void *a, char **b, const char *c, const void **d, const void *e, int *f, char g, UErrorCode *h) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h; }
int ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
int ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void *a, void *b, const void *c, int d, int e, int f, UErrorCode *g) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; }
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void *a, void *b, const char *c, int d, int e, UErrorCode *f) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; }
