/* mscms.dll for Qt's Windows platform under Wine 8, whose mscms has no WcsCreateIccProfile (the process aborts when
 * Qt asks for the screen's colour profile). The four functions Qt imports, each saying "no profile": Qt then takes
 * the screen as sRGB. Used only with WINEDLLOVERRIDES=mscms=n (scripts/windows-under-wine); Wine's own otherwise. */
#include <windows.h>

typedef HANDLE HPROFILE;

HPROFILE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation)
{
    (void)profile;
    (void)access;
    (void)share;
    (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

BOOL WINAPI CloseColorProfile(HPROFILE profile)
{
    return profile != NULL;
}

BOOL WINAPI GetColorProfileFromHandle(HPROFILE profile, BYTE *buffer, DWORD *size)
{
    (void)profile;
    (void)buffer;
    (void)size;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}

HPROFILE WINAPI WcsCreateIccProfile(HPROFILE profile, DWORD options)
{
    (void)profile;
    (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
