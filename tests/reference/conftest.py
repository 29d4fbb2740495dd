"""Fixtures for the reference tests: the seed documents, parsed or imported."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from reference.importer.parse import parse_document
from reference.importer.pipeline import read_folder

SEEDS = Path(settings.REFERENCE_SOURCES)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"The reference documents are missing at {SEEDS}", pytrace=False)
    return SEEDS


@pytest.fixture(scope="session")
def parsed(seeds_dir):
    """Each seed document parsed into blocks, by file name."""
    return {path.name: parse_document(path.name, path.read_text(encoding="utf-8"))
            for path in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_results(seeds_dir):
    results, _ = read_folder(seeds_dir)
    return {result.name: result for result in results}


@pytest.fixture(scope="session")
def seed_passages(seed_results):
    return [p for result in seed_results.values() for p in result.passages]


@pytest.fixture
def docs_copy(seeds_dir, tmp_path) -> Path:
    """A writable copy of the seed documents (without the README)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def imported(db, seeds_dir):
    from reference.services import reference_import

    return reference_import(directory=seeds_dir)
