from pathlib import Path

import pytest

from itadesk.domain.catalog import frameworks
from itadesk.domain.rules_file import FrameworkError, load_framework
from itadesk.paths import frameworks_dir

RULES_2568 = frameworks_dir() / "ita-2568.toml"


def test_every_bundled_year_loads():
    loaded = frameworks(frameworks_dir())
    assert sorted(loaded) == [2566, 2567, 2568, 2569]
    for year, framework in loaded.items():
        assert len(framework.indicators) == 10
        assert [t.code for t in framework.tools] == ["IIT", "EIT", "OIT"]
        assert sum(t.weight for t in framework.tools) == 1
        assert framework.notes, f"{year} should say what is uncertain"
    assert loaded[2566].grading == "grades" and loaded[2566].levels[0].name_th == "AA"
    assert [lv.name_th for lv in loaded[2568].levels] == ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"]


def broken(tmp_path: Path, old: str, new: str, count: int = 1) -> tuple[Path, int]:
    """A copy of the 2568 rules with one change; returns its path and the changed line (1-based)."""
    text = RULES_2568.read_text(encoding="utf-8")
    assert old in text
    index = -1
    for _ in range(count):
        index = text.index(old, index + 1)
    changed = text[:index] + new + text[index + len(old) :]
    path = tmp_path / "ita-2568.toml"
    path.write_text(changed, encoding="utf-8")
    return path, text[:index].count("\n") + 1


def rejected(path: Path) -> FrameworkError:
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    return caught.value


def test_syntax_error_names_its_line(tmp_path):
    path, line = broken(tmp_path, 'code = "EIT"', 'code = "EIT')
    error = rejected(path)
    assert error.line == line
    assert f"ita-2568.toml:{line}" in str(error)


def test_unknown_tool_of_an_indicator_names_its_line(tmp_path):
    path, line = broken(tmp_path, 'tool = "OIT"', 'tool = "XIT"', count=2)
    error = rejected(path)
    assert error.line == line
    assert error.where == "indicators[9].tool"
    assert "XIT" in error.problem


def test_score_threshold_out_of_range_names_its_line(tmp_path):
    path, line = broken(tmp_path, "min_overall = 85", "min_overall = 185")
    error = rejected(path)
    assert (error.line, error.where) == (line, "levels[1].min_overall")


def test_text_where_a_number_belongs_names_its_line(tmp_path):
    path, line = broken(tmp_path, "weight = 0.40", 'weight = "forty"')
    error = rejected(path)
    assert (error.line, error.where) == (line, "tools[2].weight")


def test_weights_that_do_not_add_up_point_at_the_tools(tmp_path):
    path, _ = broken(tmp_path, "weight = 0.40", "weight = 0.45")
    error = rejected(path)
    assert error.where == "tools"
    assert error.line == RULES_2568.read_text(encoding="utf-8").splitlines().index("[[tools]]") + 1
    assert "1" in error.problem


def test_missing_key_points_at_its_block(tmp_path):
    path, line = broken(tmp_path, 'name_en = "Use of authority"\n', "")
    error = rejected(path)
    assert error.where == "indicators[2].name_en"
    header = RULES_2568.read_text(encoding="utf-8").splitlines()[: line - 1]
    assert error.line == max(i for i, text in enumerate(header) if text == "[[indicators]]") + 1


def test_levels_out_of_order_are_refused(tmp_path):
    path, line = broken(tmp_path, "min_overall = 70", "min_overall = 90")
    error = rejected(path)
    assert (error.line, error.where) == (line, "levels[3].min_overall")


def test_unknown_key_is_refused(tmp_path):
    path, line = broken(tmp_path, "min_each_tool = 95", "min_each_tol = 95")
    error = rejected(path)
    assert error.line == line
    assert "min_each_tol" in error.where
