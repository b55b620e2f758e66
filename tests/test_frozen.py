"""Frozen values made fast: the same values as the class makes, and the classes refused."""

from __future__ import annotations


def test_constructor_makes_the_same_frozen_value_as_the_class() -> None:
    import dataclasses
    import pickle

    import pytest

    from briefing.extract.attribution import Claim, new_claim
    from briefing.extract.text import new_paragraph, new_sentence
    from briefing.frozen import constructor
    from briefing.models import Paragraph, Sentence

    made = new_paragraph(0, 9, (new_sentence(0, 4), new_sentence(5, 9)))
    assert type(made) is Paragraph and type(made.sentences[0]) is Sentence
    assert made == Paragraph(0, 9, (Sentence(0, 4), Sentence(5, 9)))
    assert hash(made) == hash(Paragraph(0, 9, (Sentence(0, 4), Sentence(5, 9))))
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]
    # Defaults as the class has them; keywords as the class takes them.
    assert new_claim(3, None) == Claim(3, None) == new_claim(position=3, subject=None)
    assert new_claim(3, (0, 2), True, (0, 9)) == Claim(3, (0, 2), True, (0, 9))

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            assert self.value > 0

    @dataclasses.dataclass(slots=True)
    class Mutable:
        value: int

    for cls in (Checked, Mutable, int):
        with pytest.raises(TypeError):
            constructor(cls)


def test_replacer_makes_the_value_replace_makes() -> None:
    import dataclasses
    import datetime as dt
    import pickle

    import pytest

    from briefing.analysis.context import Passage
    from briefing.frozen import replacer
    from briefing.models import Article

    art = Article(id="a1", date=dt.date(2024, 1, 2), title="T", source="S", url=None,
                  text="Iran said it. Pakistan denied it.", origin="test")
    # Every field set to a value of its own, so that a field the copy forgot would show.
    values = {f.name: (f"{f.name}-value",) for f in dataclasses.fields(Passage)}
    values.update(article=art, number=3, index=1, paragraph=0, start=14, end=33)
    passage = Passage(**values)
    with_statements = replacer(Passage, "statements")
    made = with_statements(passage, ("new",))
    assert made == dataclasses.replace(passage, statements=("new",))
    assert type(made) is Passage and hash(made) == hash(dataclasses.replace(
        passage, statements=("new",)))
    assert passage.statements == ("statements-value",)  # the old value is untouched
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        replacer(Passage, "nothing")
