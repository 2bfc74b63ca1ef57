"""The import preview's tables are valid item models."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.ui.importing.preview import PreviewModel, ProblemModel

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester


def test_models_pass_qtmodeltester(qtmodeltester: ModelTester, db: Path, mixed_file: Path) -> None:
    from netdesk.core.importing import plan_import, read_files

    plan = plan_import(read_files([mixed_file]))
    qtmodeltester.check(PreviewModel(plan))
    problems = ProblemModel()
    problems.set_problems(plan.problems)
    qtmodeltester.check(problems)
