"""The local engine: shards over a process pool (spawn-safe, one warm-up per worker)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from hito.engines.shards import Shard, ShardResult, output_path, run_shard, warm_up


def _init_worker() -> None:
    warm_up()


def _task(shard_dict: dict[str, object], out_dir: str, language: str | None) -> ShardResult:
    return run_shard(Shard.from_dict(shard_dict), out_dir, language)


def run_local(
    shards: Sequence[Shard],
    out_dir: str | Path,
    workers: int = 1,
    language: str | None = None,
    on_done: Callable[[ShardResult], None] | None = None,
) -> list[ShardResult]:
    """Run every shard not yet done; results in completion order. Shards whose Parquet file
    exists are skipped without starting a worker for them."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results: list[ShardResult] = []
    todo: list[Shard] = []
    for shard in shards:
        if output_path(out, shard).exists():
            results.append(ShardResult(shard.shard_id, shard.label, skipped=True))
            if on_done is not None:
                on_done(results[-1])
        else:
            todo.append(shard)
    if not todo:
        return results
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=max(1, workers), mp_context=context, initializer=_init_worker
    ) as pool:
        futures: dict[Future[ShardResult], Shard] = {
            pool.submit(_task, s.as_dict(), str(out), language): s for s in todo
        }
        for future in as_completed(futures):
            shard = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # a worker crash: that shard is retried on the next run
                result = ShardResult(shard.shard_id, shard.label, failures=1)
                result.label = f"{shard.label} (worker failed: {type(exc).__name__}: {exc})"
            results.append(result)
            if on_done is not None:
                on_done(result)
    return results
