"""The sync window tests' servers: the real Radicale of tests/core/sync, each test its own user."""

from __future__ import annotations

from tests.core.sync import conftest as sync_fixtures

radicale = sync_fixtures.radicale
user = sync_fixtures.user
