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
