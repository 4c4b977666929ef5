"""`hito token`: API tokens (create, list, revoke). A token is printed once, when created;
the database keeps only a salted hash of it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from hito.cli.app import main
from hito.cli.options import db_option, err


@main.group()
def token() -> None:
    """API tokens: reader (read), editor (read, correct events), admin (also tokens)."""


@token.command()
@click.option(
    "--role",
    type=click.Choice(["reader", "editor", "admin"]),
    required=True,
    help="What it may do.",
)
@click.option("--label", default=None, help="Who or what it is for (shown in the history).")
@db_option
def create(role: str, label: str | None, db_path: Path) -> None:
    """Create a token and print it (this is the only time it is shown)."""
    from hito.api.tokens import create_token
    from hito.store import Store

    with Store(db_path) as store:
        text, info = create_token(store, role, label)
    click.echo(text)
    err.print(
        f"token {info.token_id} ({role}) created; keep it now, it cannot be shown again",
        highlight=False,
    )


@token.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@db_option
def list_(as_json: bool, db_path: Path) -> None:
    """List tokens: id, role, label, created, revoked (never the token itself)."""
    import dataclasses

    from hito.api.tokens import list_tokens
    from hito.store import Store

    with Store(db_path) as store:
        found = list_tokens(store)
    for t in found:
        if as_json:
            click.echo(json.dumps(dataclasses.asdict(t), ensure_ascii=False))
        else:
            state = f"revoked {t.revoked_at}" if t.revoked_at else "live"
            click.echo(f"{t.token_id}\t{t.role}\t{t.label or ''}\t{t.created_at}\t{state}")


@token.command()
@click.argument("token_id")
@db_option
def revoke(token_id: str, db_path: Path) -> None:
    """Revoke the token with this id (the part after "hito_")."""
    from hito.api.tokens import revoke_token
    from hito.store import Store

    with Store(db_path) as store:
        if not revoke_token(store, token_id):
            raise click.ClickException(f"no live token {token_id!r}")
    err.print(f"token {token_id} revoked", highlight=False)
