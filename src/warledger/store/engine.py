"""Opening a store: the engine for an SQLAlchemy URL, set up for safe concurrent use, and migrated.

SQLite is the embedded default, so it gets what several processes writing one file need: WAL (readers
never block the writer), a 30 s busy timeout, foreign keys, and write transactions that start with
`BEGIN IMMEDIATE` (taking the write lock up front, so two writers queue instead of failing half way).
PostgreSQL (psycopg 3) needs none of that. Either way Alembic upgrades the schema when a store is
opened, under a lock, with a Config built in code: no alembic.ini in the working folder.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session

from warledger.errors import StorageError

BUSY_TIMEOUT_MS = 30_000
MIGRATION_LOCK_KEY = 0x5741524C  # "WARL": the PostgreSQL advisory lock held while migrating
WRITE_OPTION = "warledger_write"


@dataclass(frozen=True)
class Store:
    """An opened, migrated store: the engine, and sessions for reading and for writing."""

    url: str
    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (rolled back at the end)."""
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in one transaction that commits at the end, or rolls back on any error.

        On SQLite the transaction starts with BEGIN IMMEDIATE, so it holds the write lock from the
        first statement and waits up to the busy timeout for another writer to finish.
        """
        with Session(self.engine.execution_options(**{WRITE_OPTION: True})) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


_OPEN: dict[str, Store] = {}
_OPEN_LOCK = threading.Lock()


def open_store(url: str) -> Store:
    """The store at `url`, created or upgraded to the latest schema; one per URL and process."""
    with _OPEN_LOCK:
        store = _OPEN.get(url)
        if store is None:
            store = Store(url=url, engine=engine_for(url))
            try:
                migrate(store.engine)
            except SQLAlchemyError as error:
                store.dispose()
                raise StorageError(
                    f"{redacted(url)}: could not open the store ({first_line(error)})"
                ) from error
            _OPEN[url] = store
        return store


def close_store(url: str) -> None:
    """Forget and dispose the store at `url` (tests drop their databases after this)."""
    with _OPEN_LOCK:
        store = _OPEN.pop(url, None)
    if store is not None:
        store.dispose()


def engine_for(url: str) -> Engine:
    """An engine for `url`, with SQLite's concurrency settings when it is SQLite."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed, **engine_options(parsed.get_backend_name()))
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise StorageError(f"{redacted(url)}: not a usable database URL ({first_line(error)})") from error
    if engine.dialect.name == "sqlite":
        configure_sqlite(engine)
    return engine


def engine_options(backend: str) -> dict[str, Any]:
    if backend == "sqlite":
        return {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}}
    return {"pool_pre_ping": True}


def configure_sqlite(engine: Engine) -> None:
    """WAL, busy timeout and foreign keys on every connection; we, not the driver, begin transactions."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's "begin" event below emit BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] not in ("wal", "memory"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def migrations_config() -> Config:
    """An Alembic Config pointing at the packaged migrations, built in code."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("warledger.store") / "migrations"))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the schema to head, unless it is there already; one process at a time."""
    config = migrations_config()
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        if set(MigrationContext.configure(connection).get_current_heads()) == heads:
            return
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def redacted(url: str) -> str:
    """The URL without its password, fit for an error message."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def first_line(error: BaseException) -> str:
    """The first line of an error, without SQLAlchemy's background link."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    return (str(error).strip().splitlines() or [error.__class__.__name__])[0]
