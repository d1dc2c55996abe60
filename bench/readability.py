"""Reading grade of every module's take-home fact sheet (`fact_sheet`, and `fact_sheet_adults` where present).

English: Flesch-Kincaid grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59.
Spanish: Fernández-Huerta ease = 206.84 - 60 * syllables/words - 1.02 * words/sentences (0-100, higher is easier),
  in the corrected form (Law 2011) used by most tools: the often-quoted "- 1.02 * sentences per 100 words" has the
  sign of sentence length backwards. Fernández-Huerta is Flesch's reading ease refitted to Spanish, so it is the
  closest Spanish counterpart of the English measure. Its grade equivalent follows Fernández-Huerta's own table
  (90-100: grade 4, 80-90: 5, 70-80: 6, 60-70: 7-8, 50-60: pre-university, 30-50: university), read continuously:
  grade = 4 + (100 - ease) / 10 down to ease 60, then 4 grades for each 10 points below (ease 75 = grade 6.5).

Counting: the intro and every key point are read as printed; a sentence ends at . ! or ? and each key point (and the
intro) ends at least one sentence. Syllables are vowel groups (English: y counts, a final silent e does not unless
it is consonant + "le"; Spanish: two strong vowels, or a strong vowel and an accented i/u, are two syllables, and the
u of que/qui/gue/gui is silent). A number counts as one word and one syllable per digit. Heuristics: compare
versions of a text with each other, not to another tool.

Run: .venv/bin/python bench/readability.py [--json] [--youth]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

MODULES = Path(__file__).resolve().parent.parent / "resources" / "curriculum" / "modules"
YOUTH = {"grades_6_8", "grades_9_12"}
SHEETS = ("fact_sheet", "fact_sheet_adults")
ABBREVIATIONS = re.compile(r"\b(EE\. ?UU|p\. ?ej|e\.g|i\.e|etc)\.")
SENTENCE_END = re.compile(r"[.!?]+[\"”»)']*(?=\s|$)")
WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[A-Za-z]+)?|\d+")


def read_sheets(path: Path) -> dict[str, list[str]]:
    """The paragraphs (intro, then key points) of each fact-sheet block, folded as YAML `>-` folds them."""
    sheets: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace():  # a top-level key
            key = line.split(":")[0]
            current = sheets.setdefault(key, []) if key in SHEETS else None
            continue
        if current is None or not line.strip():
            continue
        text = line.strip()
        if text.startswith("key_points:"):
            continue
        starts = re.match(r"(intro:|-)\s*(.*)", text)
        if starts:  # a new paragraph: `intro: >-`, `- >-`, or a one-line quoted scalar
            current.append(starts.group(2).removeprefix(">-").strip().strip('"'))
        else:
            current[-1] = f"{current[-1]} {text}".strip()
    return sheets


def sentences(paragraphs: list[str]) -> int:
    return sum(max(1, len(SENTENCE_END.findall(ABBREVIATIONS.sub(r"\1", p)))) for p in paragraphs)


def syllables_en(word: str) -> int:
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not re.search(r"[^aeiouy]le$", word) and not word.endswith("ee"):
        count -= 1
    return max(1, count)


def syllables_es(word: str) -> int:
    word = re.sub(r"(?<=[qg])u(?=[eiéí])", "", word.lower())
    word = re.sub(r"y$", "i", word)
    count = 0
    for group in re.findall(r"[aeiouáéíóúü]+", word):
        count += 1 + sum(1 for a, b in itertools.pairwise(group)
                         if (a in "aeoáéó" and b in "aeoáéó") or a in "íú" or b in "íú")
    return max(1, count)


def measure(paragraphs: list[str], language: str) -> dict[str, float]:
    words = [w for p in paragraphs for w in WORD.findall(p)]
    count = syllables_en if language == "en" else syllables_es
    syl = sum(len(w) if w.isdigit() else count(w) for w in words)
    n, s = len(words), sentences(paragraphs)
    result = {"words": n, "sentences": s, "syllables": syl, "words_per_sentence": round(n / s, 1)}
    if language == "en":
        result["grade"] = round(0.39 * n / s + 11.8 * syl / n - 15.59, 1)
    else:
        ease = 206.84 - 60 * syl / n - 1.02 * n / s
        grade = 4 + (100 - ease) / 10 if ease >= 60 else 8 + (60 - ease) * 0.4
        result.update(ease=round(ease, 1), grade=round(grade, 1))
    return result


def rows(youth_only: bool) -> list[dict]:
    out = []
    for folder in sorted(p for p in MODULES.iterdir() if (p / "module.yaml").is_file()):
        found = re.search(r"^audiences:\s*\[(.*)\]", (folder / "module.yaml").read_text(encoding="utf-8"), re.M)
        audiences = {a.strip() for a in found.group(1).split(",")} if found else set()
        youth = bool(audiences & YOUTH)
        if youth_only and not youth:
            continue
        for language in ("en", "es"):
            path = folder / f"{language}.yaml"
            if not path.is_file():
                continue
            for sheet, paragraphs in read_sheets(path).items():
                out.append({"module": folder.name, "language": language, "sheet": sheet,
                            "youth": youth and sheet == "fact_sheet", **measure(paragraphs, language)})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--youth", action="store_true", help="only modules for grades 6-8 or 9-12")
    args = parser.parse_args()
    table = rows(args.youth)
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=1))
        return 0
    print(f"{'module':<40} {'lang':<4} {'sheet':<17} {'words':>5} {'sent':>4} {'w/s':>5} {'ease':>5} {'grade':>5}")
    for r in table:
        sheet = r["sheet"] + (" *" if r["youth"] else "")
        print(f"{r['module']:<40} {r['language']:<4} {sheet:<17} {r['words']:>5} {r['sentences']:>4} "
              f"{r['words_per_sentence']:>5} {r.get('ease', ''):>5} {r['grade']:>5}")
    print("* youth handout (target: grade 6.5 or lower). en: Flesch-Kincaid grade; es: Fernández-Huerta ease and "
          "its grade equivalent.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
