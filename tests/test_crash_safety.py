"""A writer killed at random moments (SIGKILL on POSIX, TerminateProcess on Windows) never leaves a damaged store or
loses a confirmed write."""

from tests.crash_safety import run_kills

KILLS = 50


def test_killed_writer_leaves_no_damage_and_loses_no_acknowledged_write(tmp_path):
    result = run_kills(tmp_path, KILLS, seed=20250)
    assert result["kills"] == KILLS
    assert result["acks"] > KILLS  # the writer really wrote between kills, or nothing was tested
    figures = {key: result[key] for key in ("corrupt", "lost", "half", "unexpected")}
    assert figures == {"corrupt": 0, "lost": 0, "half": 0, "unexpected": 0}, result["problems"]
