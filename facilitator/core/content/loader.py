"""Load the whole curriculum, all or nothing: either every file is valid or a ContentError lists every problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..model import (
    ADAPTATIONS,
    AUDIENCES,
    GUIDE_HEADINGS,
    SECTION_KINDS,
    SEM_LEVELS,
    STOP_SV,
    Curriculum,
    Labels,
    Module,
    ModuleText,
    Resources,
)
from ..paths import curriculum_dir
from ..teach.sequence import SEQUENCE_FILE, load_sequence
from .fields import Fields, exact_keys
from .glossary import load_glossary
from .helplines import HELPLINES_FILE, load_resources
from .idea_coverage import check_coverage, load_ideas, load_teaching
from .module_parser import parse_spec, parse_text
from .problems import ContentError, Problem, Severity
from .promises import check_promises
from .safety import SAFETY_FILE, load_safety
from .surveys import Survey, load_survey
from .timing import check_timing
from .wording_lint import lint_file, load_lint
from .yamlsource import read_yaml

SURVEY_FOLDER = "surveys"
GLOSSARY_FILE = "glossary.yaml"
COVERAGE_FILE = "coverage.yaml"
T = TypeVar("T")


@dataclass(frozen=True)
class CheckResult:
    """Everything `content check` needs: the curriculum (when it loads) and every problem found."""

    curriculum: Curriculum | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def load_curriculum(root: Path | None = None) -> Curriculum:
    """The curriculum under `root` (default: the bundled one). Raises ContentError on any error; stale
    translations load, and are listed by Curriculum.stale(). Lint findings never block loading, so the lint,
    the slowest check, is left to `content check`."""
    result = check_content(root, lint=False)
    if result.errors or result.curriculum is None:
        raise ContentError(result.errors or result.problems)
    return result.curriculum


def check_content(root: Path | None = None, lint: bool = True) -> CheckResult:
    root = root or curriculum_dir()
    problems: list[Problem] = []
    index_path = root / "curriculum.yaml"
    data, read_problems = read_yaml(index_path)
    problems += read_problems
    if data is None:
        return CheckResult(None, problems)
    f = Fields(index_path, data, problems, "curriculum")
    version = f.integer("version", minimum=1)
    languages = f.ids("languages")
    module_ids = f.ids("modules")
    f.finish()
    labels = {lang: _load_labels(root / "labels" / f"{lang}.yaml", lang, problems) for lang in languages}
    survey = load_survey(root / SURVEY_FOLDER, languages, problems) if (root / SURVEY_FOLDER).is_dir() else None
    survey_ids = tuple(survey.items) if survey else None
    modules = [_load_module(root / "modules" / mid, languages, problems, survey_ids) for mid in module_ids]
    if not (root / "modules").is_dir():
        problems.append(Problem(index_path, f.line_of("modules"), f"the folder {root / 'modules'} does not exist"))
    else:
        for folder in sorted((root / "modules").iterdir()):
            if folder.is_dir() and folder.name not in module_ids:
                problems.append(Problem(index_path, f.line_of("modules"),
                                        f"module folder '{folder.name}' exists but is not listed in 'modules'"))
    _check_numbers(index_path, [m for m in modules if m], problems)
    if any(p.severity is Severity.ERROR for p in problems):
        return CheckResult(None, problems)
    loaded = tuple(m for m in modules if m)
    if survey:
        problems += _untaught_items(root / SURVEY_FOLDER / "items.yaml", survey, loaded)
    resources = _optional(root / HELPLINES_FILE, lambda p: load_resources(p, languages, problems))
    glossary = _optional(root / GLOSSARY_FILE, lambda p: load_glossary(p, languages, problems)) or ()
    ideas = _optional(root / COVERAGE_FILE, lambda p: load_ideas(p, problems)) or ()
    places = [place for module in loaded for place in load_teaching(root / "modules" / module.id, problems)]
    safety = _optional(root / SAFETY_FILE, lambda p: load_safety(p, languages, resources, problems))
    sequence = _optional(root / SEQUENCE_FILE, lambda p: load_sequence(p, languages, module_ids, problems))
    if resources:
        problems += _unknown_help(root, loaded, resources)
    coverage, coverage_problems = check_coverage(ideas, places, loaded, root / COVERAGE_FILE)
    problems += coverage_problems
    if any(p.severity is Severity.ERROR for p in problems):
        return CheckResult(None, problems)
    curriculum = Curriculum(version=version, languages=languages, modules=loaded,
                            labels={k: v for k, v in labels.items() if v}, survey=survey, resources=resources,
                            glossary=glossary, coverage=coverage, safety=safety, sequence=sequence)
    if lint:
        problems += _lint(root, curriculum, problems)
    for module, language in curriculum.stale():
        text = module.texts[language]
        source = module.texts[module.spec.source_language]
        problems.append(Problem(text.path, 1, f"stale translation: translates version {text.version} of "
                                              f"{source.path.name}, which is now at version {source.version}",
                                Severity.STALE))
    return CheckResult(curriculum, problems)


def _optional(path: Path, load: Callable[[Path], T]) -> T | None:
    """Companion files (survey, helplines, glossary, coverage) are optional; the bundled curriculum has them all."""
    return load(path) if path.is_file() else None


def _unknown_help(root: Path, modules: tuple[Module, ...], resources: Resources) -> list[Problem]:
    """A module's `help:` must name helplines with a number to print, or its handouts would drop them unseen."""
    printable = {h.id for h in resources.helplines if not h.placeholder}
    problems = []
    for module in modules:
        path = root / "modules" / module.id / "module.yaml"
        source = path.read_text(encoding="utf-8")
        line = source.count("\n", 0, max(source.find("\nhelp:") + 1, 0)) + 1
        problems += [Problem(path, line, f"module: help names '{hid}', which is not a helpline with a number or "
                                         f"website in helplines.yaml")
                     for hid in module.spec.help if hid not in printable]
    return problems


def _untaught_items(path: Path, survey: Survey, modules: tuple[Module, ...]) -> list[Problem]:
    """An item asked before the session must be taught by some module, or a pre/post change means nothing."""
    taught = {item for module in modules for item in module.spec.survey_items}
    return [Problem(path, item.line, f"survey item '{item.id}' is taught by no module (list it in a module's "
                                     "survey_items)")
            for item in survey.items.values() if "pre" in item.asked and item.id not in taught]


def _lint(root: Path, curriculum: Curriculum, problems: list[Problem]) -> list[Problem]:
    """Findings of the rules in lint.yaml (when the curriculum has one) over every module text file."""
    rules_path = root / "lint.yaml"
    if not rules_path.is_file():
        return []
    config = load_lint(rules_path, curriculum.languages, problems)
    findings = [finding for module in curriculum.modules for language, text in module.texts.items()
                for finding in lint_file(text.path, language, config.rules)]
    if config.timing:
        findings += check_timing(curriculum, config.timing)
    if config.promises:
        findings += check_promises(curriculum, config.promises)
    return findings


def _load_module(folder: Path, languages: tuple[str, ...], problems: list[Problem],
                 survey_ids: tuple[str, ...] | None) -> Module | None:
    spec_path = folder / "module.yaml"
    if not spec_path.is_file():
        problems.append(Problem(spec_path, 1, "the module's structure file is missing"))
        return None
    data, read_problems = read_yaml(spec_path)
    problems += read_problems
    if data is None:
        return None
    spec = parse_spec(spec_path, data, problems, languages, survey_ids)
    if not spec.source_language:
        return None
    ordered = [spec.source_language, *(lang for lang in languages if lang != spec.source_language)]
    texts: dict[str, ModuleText] = {}
    for language in ordered:
        path = folder / f"{language}.yaml"
        if not path.is_file():
            problems.append(Problem(path, 1, f"the {language} text of module '{spec.id}' is missing"))
            continue
        text_data, text_problems = read_yaml(path)
        problems += text_problems
        if text_data is not None:
            texts[language] = parse_text(path, text_data, problems, spec, language,
                                         texts.get(spec.source_language))
    if spec.source_language not in texts:
        return None
    return Module(spec=spec, texts={lang: texts[lang] for lang in languages if lang in texts})


def _check_numbers(index_path: Path, modules: list[Module], problems: list[Problem]) -> None:
    seen: dict[int, str] = {}
    for module in modules:
        if module.spec.number in seen:
            problems.append(Problem(index_path, 1, f"modules '{seen[module.spec.number]}' and '{module.id}' "
                                                   f"share number {module.spec.number}"))
        seen[module.spec.number] = module.id


def _load_labels(path: Path, language: str, problems: list[Problem]) -> Labels | None:
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        if not read_problems:
            problems.append(Problem(path, 1, "the file is empty"))
        return None
    f = Fields(path, data, problems, f"labels ({language})")

    def vocabulary(key: str, ids: tuple[str, ...]) -> dict[str, str]:
        value = f.mapping(key)
        if value is None:
            return {}
        found = exact_keys(path, value, ids, f"labels ({language}): {key}", problems, f.line_of(key))
        for k, v in found.items():
            if not isinstance(v, str) or not v.strip():
                problems.append(Problem(path, value.line_of(k), f"labels ({language}): {key} '{k}' must be text"))
        return {k: str(v).strip() for k, v in found.items()}

    labels = Labels(language=f.text("language"), language_name=f.text("language_name"),
                    audiences=vocabulary("audiences", AUDIENCES),
                    section_kinds=vocabulary("section_kinds", SECTION_KINDS),
                    sem_levels=vocabulary("sem_levels", SEM_LEVELS), stop_sv=vocabulary("stop_sv", STOP_SV),
                    adaptations=vocabulary("adaptations", ADAPTATIONS),
                    headings=vocabulary("headings", GUIDE_HEADINGS))
    f.finish()
    if labels.language and labels.language != language:
        f.problem(f.line_of("language"), f"'language' says '{labels.language}' but the file is {path.name}")
    return labels
