"""The Spark engine: the same shard function, one shard per partition, via mapPartitions.

`master` is `local[*]` by default; a cluster URL (`spark://host:7077`, `yarn`) runs the same
code, provided every executor sees the input files and the output folder at the same paths
(a shared filesystem) and has hito installed. Each executor's Python worker loads the models
and gazetteer once (`warm_up` is a no-op after the first call, and Spark reuses workers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from hito.engines.shards import Shard, ShardResult, output_path


def _partition(
    items: Iterable[dict[str, Any]], out_dir: str, language: str | None
) -> Iterator[dict[str, Any]]:
    from hito.engines.shards import Shard, run_shard, warm_up

    warm_up()
    for item in items:
        yield run_shard(Shard.from_dict(item), out_dir, language).as_dict()


def spark_available() -> str | None:
    """None when Spark can run here, else the reason it cannot."""
    import shutil

    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install pyspark)"
    if shutil.which("java") is None and not _java_home():
        return "Java is not installed (Spark needs Java 17 or newer)"
    return None


def _java_home() -> str | None:
    import os

    return os.environ.get("JAVA_HOME")


def run_spark(
    shards: Sequence[Shard],
    out_dir: str | Path,
    master: str = "local[*]",
    language: str | None = None,
    app_name: str = "hito-bulk",
) -> list[ShardResult]:
    """Run every shard not yet done on Spark; returns the results of all shards."""
    import os
    import sys

    from pyspark.sql import SparkSession

    # The executors' Python: this one unless the caller chose (PYSPARK_PYTHON on a cluster).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    results = [
        ShardResult(s.shard_id, s.label, skipped=True)
        for s in shards
        if output_path(out, s).exists()
    ]
    todo = [s.as_dict() for s in shards if not output_path(out, s).exists()]
    if not todo:
        return results
    spark = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        out_str = str(out)
        rdd = spark.sparkContext.parallelize(todo, numSlices=len(todo))
        done = rdd.mapPartitions(lambda it: _partition(it, out_str, language)).collect()
    finally:
        spark.stop()
    results.extend(ShardResult(**d) for d in done)
    return results
