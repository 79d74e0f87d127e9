"""Windows Python under Wine 8: leave out what Wine does not implement, so that Python takes its other way."""

import _winapi

# shutil.copy2 calls CopyFile2 when _winapi has it; Wine 8's kernel32 does not, and the process aborts. Without it,
# shutil copies the data and the metadata with its portable code.
if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
