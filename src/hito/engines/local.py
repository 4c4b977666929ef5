"""The local engine: shards over a process pool whose workers start warm (see `_context`)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from hito.engines.shards import Shard, ShardResult, output_path, run_shard, warm_up


def _init_worker() -> None:
    warm_up()  # a no-op where the fork server already warmed this process


def _context() -> multiprocessing.context.BaseContext:
    """A fork server that has loaded the models, where the platform has one; else spawn.

    Not plain fork: the caller may run threads (progress bars, a web server), and forking a
    threaded process can deadlock the child. The fork server is a fresh single-threaded
    process, so forking from it is safe."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["hito.engines.preload"])
        return context
    return multiprocessing.get_context("spawn")


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
    context = _context()
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
