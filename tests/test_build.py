"""The brief end to end on the seeds: what issue 2 says the brief must hold, and the golden file."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import config_with_russia_emphasis
from pypdf import PdfReader

from briefing.build import BuildResult, build, read_articles
from briefing.config.settings import load_config
from briefing.extract.text import join_spans
from briefing.models import Window
from briefing.sources.files import load_folder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CONFIG = ROOT / "config"
GOLDEN = Path(__file__).resolve().parent / "golden"
DAY = dt.date(2024, 1, 19)

MAO = "We are also willing to play a constructive role in de-escalating the situation if both " \
      "sides so wish"
YANG = "China would like to ask Pakistan and Iran that we will like to play a constructive role " \
       "to settle the differences between the two countries"
ZAKHAROVA = "It is regrettable that this is happening between friendly SCO countries"
BALOCH_TWO = ("Iran is a brotherly country and the people of Pakistan have great respect and "
              "affection for the Iranian people.",
              "We have always emphasised dialogue and cooperation in confronting common "
              "challenges including the menace of terrorism and will continue its endeavour to "
              "find joint solutions")
ISPR_TWO = ("The targeted hideouts were being used by notorious terrorists including Dosta alias "
            "Chairman",
            "We reaffirm our determination to defeat all enemies of Pakistan with the support of "
            "the people of Pakistan")


@pytest.fixture(scope="module")
def seeds_brief(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    out = tmp_path_factory.mktemp("out")
    return build(load_config(CONFIG), DAY, article_dirs=(SEEDS,), output_root=out)


@pytest.fixture(scope="module")
def selected(seeds_brief: BuildResult) -> list[dict]:
    data = json.loads((seeds_brief.folder / "statements.json").read_text("utf-8"))
    return data["statements"]


def _by_actor(selected: list[dict], actor: str) -> list[dict]:
    return [s for s in selected if s["actor"] == actor]


def _one(selected: list[dict], actor: str, words: str) -> dict:
    found = [s for s in _by_actor(selected, actor) if words in s["text"]]
    assert len(found) == 1, f"{actor}: {words!r} found {len(found)} times"
    return found[0]


def test_writes_the_four_files(seeds_brief: BuildResult) -> None:
    assert [p.name for p in seeds_brief.paths] == [
        "brief.md", "brief.html", "brief.pdf", "statements.json"]
    assert seeds_brief.folder.name == "2024-01-19"


def test_china_has_mao_ning_and_yang_yundong_once_each_citing_both(selected: list[dict]) -> None:
    mao = _one(selected, "china", MAO)
    assert mao["speaker"] == "Mao Ning" and mao["kind"] == "quote"
    assert len({s["article_id"] for s in mao["sources"]}) == 2
    yang = _one(selected, "china", YANG)
    assert yang["speaker"] == "Yang Yundong"
    assert len({s["article_id"] for s in yang["sources"]}) == 2


def test_russia_has_zakharova(selected: list[dict]) -> None:
    assert _one(selected, "russia", ZAKHAROVA)["speaker"] == "Maria Zakharova"


def test_pakistan_two_paragraph_quote_whole_as_one_statement(selected: list[dict]) -> None:
    quote = _one(selected, "pakistan", BALOCH_TWO[0])
    assert quote["speaker"] == "Mumtaz Zahra Baloch"
    assert quote["text"].startswith(BALOCH_TWO[0]) and quote["text"].endswith(BALOCH_TWO[1])
    assert len(quote["spans"]) == 2


def test_ispr_statement_whole_attributed_to_the_ispr(selected: list[dict]) -> None:
    [ispr] = [s for s in selected if ISPR_TWO[0] in s["text"]]
    assert ispr["actor"] == "pakistan_ispr"
    assert "ISPR" in ispr["speaker"] or "Inter-Services" in ispr["speaker"]
    assert ispr["text"].endswith(ISPR_TWO[1]) and len(ispr["spans"]) == 2


def test_japan_statement_of_concern(selected: list[dict]) -> None:
    assert _one(selected, "japan", "concern over regional stability")


def test_iran_has_tehrans_claim_of_seven_civilians(selected: list[dict]) -> None:
    claim = _one(selected, "iran", "at least seven civilians")
    assert claim["speaker"] == "Tehran"


def test_photo_caption_is_no_statement(selected: list[dict]) -> None:
    assert not [s for s in selected if "APP/File" in s["text"]]


def test_every_selected_text_is_verbatim_at_its_spans(selected: list[dict]) -> None:
    texts = {a.id: a.text for a in load_folder(SEEDS).articles}
    for statement in selected:
        spans = tuple(tuple(span) for span in statement["spans"])
        assert join_spans(texts[statement["article_id"]], spans) == statement["text"]
        for source in statement["sources"]:
            article = texts[source["article_id"]]
            assert all(0 <= s < e <= len(article) for s, e in source["spans"])


def test_pdf_reads_back_with_the_quotes(seeds_brief: BuildResult) -> None:
    reader = PdfReader(io.BytesIO((seeds_brief.folder / "brief.pdf").read_bytes()))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "constructive role in de-escalating the situation" in text
    assert "Zakharova" in text
    assert reader.metadata is not None and reader.metadata.title == \
        "South and West Asia situation brief"


def test_same_input_gives_identical_bytes(seeds_brief: BuildResult, tmp_path: Path) -> None:
    again = build(load_config(CONFIG), DAY, article_dirs=(SEEDS,), output_root=tmp_path)
    for first, second in zip(seeds_brief.paths, again.paths, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name


def _section_order(markdown_text: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown_text, flags=re.M)


def test_raising_russias_emphasis_puts_its_section_first(seeds_brief: BuildResult,
                                                         tmp_path: Path) -> None:
    shipped = _section_order((seeds_brief.folder / "brief.md").read_text("utf-8"))
    assert shipped.index("Russia") > shipped.index("China")
    folder = config_with_russia_emphasis(tmp_path, "9")
    result = build(load_config(folder), DAY, article_dirs=(SEEDS,), output_root=tmp_path / "o")
    order = _section_order((result.folder / "brief.md").read_text("utf-8"))
    actor_names = [name for name in order if name in ("Russia", "China", "Pakistan", "Iran")]
    assert actor_names[0] == "Russia"


def test_emphasis_zero_drops_an_actor(tmp_path: Path) -> None:
    folder = config_with_russia_emphasis(tmp_path, "0")
    result = build(load_config(folder), DAY, article_dirs=(SEEDS,), output_root=tmp_path / "o")
    data = json.loads((result.folder / "statements.json").read_text("utf-8"))
    assert not [s for s in data["statements"] if s["actor"] == "russia"]
    assert "## Russia" not in (result.folder / "brief.md").read_text("utf-8")


def test_the_seeds_brief_md_is_the_golden_file(tmp_path: Path,
                                               request: pytest.FixtureRequest) -> None:
    """The whole brief.md on the golden case; `pytest --update-golden` rewrites it on purpose.

    Built in tmp_path, not pytest's cache folder, so it runs under `-p no:cacheprovider`.
    """
    case = GOLDEN / "seeds"
    result = build(load_config(case / "config"), DAY, article_dirs=(case / "articles",),
                   output_root=tmp_path)
    got = (result.folder / "brief.md").read_text("utf-8")
    expected = case / "brief.md"
    if request.config.getoption("--update-golden"):
        expected.write_text(got, "utf-8")
    assert got == expected.read_text("utf-8")


def test_only_window_articles_are_kept_and_the_size_limit_is_configured(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "old.txt").write_text("date 2024-01-01 An old report of a border clash.", "utf-8")
    (folder / "big.txt").write_text("date 2024-01-19 " + "Talks went on all day. " * 100, "utf-8")
    config = tmp_path / "config"
    shutil.copytree(CONFIG, config)
    settings = config / "briefing.yaml"
    settings.write_text(settings.read_text("utf-8").replace("max_article_mb: 5",
                                                            "max_article_mb: 0.001"), "utf-8")
    result = build(load_config(config), DAY, article_dirs=(folder,), output_root=tmp_path / "o")
    assert [str(w) for w in result.warnings] == [
        f"{folder / 'big.txt'}: truncated to the first 1000 bytes"]
    articles, _ = read_articles((folder,), Window(DAY - dt.timedelta(days=1), DAY))
    assert [a.origin for a in articles] == [str(folder / "big.txt")]
