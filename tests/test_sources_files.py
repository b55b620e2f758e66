"""Loaders: the seed format, front matter, JSON Lines, and the warnings for bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from briefing.sources.files import Skipped, article_id, first_sentence, load_folder

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_format_reads_date_and_body_on_the_same_line() -> None:
    result = load_folder(SEEDS)
    assert result.warnings == ()
    by_date = {a.date: a for a in result.articles}
    assert set(by_date) == {dt.date(2024, 1, 18), dt.date(2024, 1, 19)}
    a19 = by_date[dt.date(2024, 1, 19)]
    assert a19.text.startswith("China expressed its readiness on January 19")
    assert a19.source == "000_05db1b584c561f37"
    assert a19.title.startswith("China expressed its readiness on January 19 to mediate")
    assert a19.url is None


def test_title_skips_a_photo_caption() -> None:
    text = "Chinese Foreign Ministry spokesperson Mao Ning. — APP/File\n\nChina Thursday shared"\
        " the willingness to mediate. More text."
    assert first_sentence(text) == "China Thursday shared the willingness to mediate."


def test_seed_format_with_body_on_the_next_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n  date 2024-02-01\nBody here. Second.\n", "utf-8")
    [article] = load_folder(tmp_path).articles
    assert article.date == dt.date(2024, 2, 1)
    assert article.text == "Body here. Second."


def test_front_matter(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(
        "---\ntitle: Talks resume\ndate: 2024-03-02\nsource: Dawn\nurl: https://example.org/x\n"
        "---\n\nThe talks resumed on Monday.\n", "utf-8")
    [article] = load_folder(tmp_path).articles
    assert (article.title, article.date, article.source, article.url) == (
        "Talks resume", dt.date(2024, 3, 2), "Dawn", "https://example.org/x")
    assert article.text == "The talks resumed on Monday."


def test_jsonl_one_article_a_line_and_bad_lines_named(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "date": "2024-01-18", "title": "T", "source": "S",
                    "url": None, "text": "One."}),
        "{not json",
        json.dumps({"date": "2024-01-18", "text": ""}),
        json.dumps({"date": "someday", "text": "Two."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    result = load_folder(tmp_path)
    assert [a.text for a in result.articles] == ["One."]
    path = tmp_path / "feed.jsonl"
    assert [str(w) for w in result.warnings] == [
        f"{path}:2: skipped: not JSON: Expecting property name enclosed in double quotes "
        "at column 2",
        f"{path}:3: skipped: empty body",
        f"{path}:4: skipped: date 'someday' is not a date: give an ISO date such as 2024-01-19",
    ]


def test_bad_files_are_skipped_with_reasons_and_others_kept(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date 2024-01-18 Fine article.", "utf-8")
    (tmp_path / "nodate.txt").write_text("Just text without a date.", "utf-8")
    (tmp_path / "latin1.txt").write_bytes(b"date 2024-01-18 caf\xe9\n")
    (tmp_path / "empty.md").write_text("---\ndate: 2024-01-18\n---\n   \n", "utf-8")
    (tmp_path / "bomb.md").write_text("---\na: &x [1]\nb: *x\ndate: 2024-01-18\n---\nBody.",
                                      "utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    result = load_folder(tmp_path)
    assert [a.text for a in result.articles] == ["Fine article."]
    assert [str(w) for w in result.warnings] == [
        f"{tmp_path / 'bomb.md'}: skipped: front matter line 2, column 4: b: anchors and aliases "
        "(&, *) are not allowed; write the value out",
        f"{tmp_path / 'empty.md'}: skipped: empty body",
        f"{tmp_path / 'latin1.txt'}: skipped: line 1: bytes that are not UTF-8 text; save the "
        "file as UTF-8",
        f"{tmp_path / 'nodate.txt'}: skipped: no date: start the file with 'date YYYY-MM-DD' or "
        "give front matter with 'date:'",
    ]
    assert all(isinstance(w, Skipped) for w in result.warnings)


def test_article_id_is_stable_and_ignores_whitespace() -> None:
    assert article_id("A  b\nc") == article_id("A b c")
    assert article_id("A b c") != article_id("A b d")
    assert len(article_id("x")) == 16
