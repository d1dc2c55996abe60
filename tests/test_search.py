"""Search as you type: every module, both languages, no matter the case or the accents."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.browse.search import SearchIndex
from facilitator.core.browse.textfold import fold, fold_with_offsets
from facilitator.core.content.loader import load_curriculum


@pytest.fixture
def index(mini_curriculum: Path) -> SearchIndex:
    return SearchIndex(load_curriculum(mini_curriculum))


def test_fold_removes_accents_and_case() -> None:
    assert fold("Tráfico ILÍCITO, niñez") == "trafico ilicito, ninez"
    folded, offsets = fold_with_offsets("aÉb")
    assert folded == "aeb" and list(offsets) == [0, 1, 2]
    folded, offsets = fold_with_offsets("Straße é")
    assert folded == "strasse e" and list(offsets) == [0, 1, 2, 3, 4, 4, 5, 6, 7]


def test_unaccented_query_finds_accented_spanish(index: SearchIndex) -> None:
    hits = index.search("trafico")
    assert [(h.module_id, h.language, h.section_id) for h in hits] == [("sample", "es", "opening")]
    start, end = hits[0].highlights[0]
    assert hits[0].snippet[start:end] == "tráfico"


def test_search_is_case_insensitive_and_covers_both_languages(index: SearchIndex) -> None:
    english = index.search("LABOR TRAFFICKING")
    spanish = index.search("Trata Laboral")
    assert {(h.language, h.section_id) for h in english} == {("en", None)}
    assert {(h.language, h.section_id) for h in spanish} == {("es", None)}


def test_every_word_must_appear_in_the_same_section(index: SearchIndex) -> None:
    hits = index.search("farm kidnapping")
    assert [(h.section_id, h.language) for h in hits] == [("opening", "en")], "talking point + listen-for"
    assert hits[0].snippet.startswith("Trafficking can happen in farm work")
    assert index.search("farm surprised") == [], "the two words are in different sections"
    assert index.search("   ") == []


def test_questions_and_activities_are_searchable(index: SearchIndex) -> None:
    assert {h.section_id for h in index.search("surprised")} == {"sorting"}
    assert {h.section_id for h in index.search("kidnapping")} == {"opening"}
    assert {h.module_id for h in index.search("mito")} == {"sample"}


def test_bundled_curriculum_is_searchable_in_both_languages() -> None:
    index = SearchIndex(load_curriculum())
    hits = index.search("trafico")
    assert "es" in {h.language for h in hits}
    for hit in hits:
        assert any(fold(hit.snippet[a:b]) == "trafico" for a, b in hit.highlights)
    assert {h.module_id for h in index.search("H-2A")} >= {"jobs-and-labor-trafficking"}
    assert "en" in {h.language for h in index.search("smuggling")}
    assert "es" in {h.language for h in index.search("tráfico ilícito de migrantes")}


def test_whole_string_folding_equals_folding_each_character() -> None:
    for text in ("Trata de personas: ¿Qué pasó? Ñandú, ﬁnal, Straße, İstanbul", "plain ASCII Text", "coerción"):
        assert fold(text) == fold_with_offsets(text)[0]


def test_the_exact_phrase_ranks_before_scattered_words() -> None:
    hits = SearchIndex(load_curriculum()).search("recruitment fee")
    has_phrase = ["recruitment fee" in fold(h.snippet) for h in hits]
    assert has_phrase[0] and not has_phrase[-1], "both kinds of hit are present"
    assert has_phrase == sorted(has_phrase, reverse=True), "every exact-phrase hit comes first"
